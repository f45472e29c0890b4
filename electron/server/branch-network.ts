import os from 'node:os';
import type { Backend } from '../backend/backend';
import { ensureTlsIdentity } from './tls-identity';
import { isLoopback, type ListenOption } from './host-options';
import { startServer, type KioskServer } from './http-server';

const wildcard = (address: string): boolean => address === '0.0.0.0' || address === '::';

/** The names and addresses devices may use to reach this host: what the certificate and the Host check accept. */
export function hostNamesFor(listen: ListenOption, names: readonly string[], interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  const addresses = wildcard(listen.address)
    ? Object.values(interfaces)
        .flatMap((list) => list ?? [])
        .filter((i) => (listen.address === '0.0.0.0' ? i.family === 'IPv4' : true) && !i.address.startsWith('fe80:'))
        .map((i) => i.address)
    : [listen.address];
  const loopback = addresses.some(isLoopback) ? ['localhost', '127.0.0.1'] : [];
  return [...new Set([...names, ...(wildcard(listen.address) ? [hostname] : []), ...addresses, ...loopback])];
}

/**
 * The branch listener both hosts start for `--listen`: paired devices over TLS (the identity made
 * at first start and kept in the data directory), with the addresses and fingerprint set for pairing.
 */
export async function startBranchNetwork(options: {
  backend: Pick<Backend, 'dispatch' | 'changes' | 'devices'>;
  rendererDir: string;
  listen: ListenOption;
  names: readonly string[];
  /** Product photos are served from its photos/ folder to paired devices too. */
  dataDir?: string;
  now?: () => Date;
}): Promise<KioskServer & { fingerprint: string | null; names: string[]; urls: string[] }> {
  const { backend, listen } = options;
  const names = hostNamesFor(listen, options.names);
  const identity = listen.tls
    ? await ensureTlsIdentity({ get: () => backend.devices.tlsIdentity(), save: (i) => backend.devices.saveTlsIdentity(i) }, names, options.now?.() ?? new Date())
    : null;
  const server = await startServer({ kind: 'branch', backend, rendererDir: options.rendererDir, address: listen.address, port: listen.port, tls: identity, names, dataDir: options.dataDir });
  const scheme = identity ? 'https' : 'http';
  const urls = names.filter((n) => n !== 'localhost').map((n) => `${scheme}://${n.includes(':') ? `[${n}]` : n}:${server.port}/`);
  backend.devices.setBranchAddress({ urls, fingerprint: identity?.fingerprint ?? null });
  return { ...server, fingerprint: identity?.fingerprint ?? null, names, urls };
}

/** What a host prints at start for whoever sets up the branch: addresses devices can open (never 0.0.0.0), and the fingerprint. */
export function pairingNotes(branch: { url: string; urls: readonly string[]; fingerprint: string | null }): string[] {
  const [first = branch.url, ...others] = branch.urls;
  return [
    `Branch devices pair at ${first}${others.length > 0 ? ` (or ${others.join(', ')})` : ''}`,
    ...(branch.fingerprint ? [`Certificate fingerprint (SHA-256 of the key): ${branch.fingerprint}`] : []),
  ];
}
