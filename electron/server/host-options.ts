import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** Where the branch listener takes devices: an address (any interface: 0.0.0.0 or ::) and a port. */
export type ListenOption = { address: string; port: number; tls: boolean };

export type HostOptions = {
  port: number;
  dataDir: string;
  demo: boolean;
  keyFile: string | null;
  /** `--listen ADDRESS[:PORT]`: serve the branch's paired devices there (TLS unless --no-tls on loopback). */
  listen: ListenOption | null;
  /** `--name NAME` (repeatable, or KIOSK_NAMES=a,b): host names devices use to reach the host, put in its certificate. */
  names: string[];
  /** `--connect https://HOST:PORT` (Electron): this device is a client of that branch host, with no data of its own. */
  connect: string | null;
  /** `--fingerprint HEX` with --connect: the host key's SPKI SHA-256 as the host's Devices screen shows it. */
  fingerprint: string | null;
  /** `--second-screen` (Electron): the lobby display full screen on a second monitor. */
  secondScreen: boolean;
};

/** The branch listener's port when --listen names none. */
export const DEFAULT_BRANCH_PORT = 5781;

/** Where data lives without --data-dir: the same folder Electron's userData would be. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Commons Kiosk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Commons Kiosk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Commons Kiosk');
}

/** A start-up option that cannot work: its message is one sentence saying what to do. */
export class HostOptionError extends Error {
  override readonly name = 'HostOptionError';
}

const portOf = (text: string, flag: string): number => {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HostOptionError(`${flag} must be a number from 0 to 65535, not "${text}"`);
  return port;
};

export const isLoopback = (address: string): boolean => /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === '::1' || address === 'localhost';

/** `ADDRESS`, `ADDRESS:PORT`, `[IPv6]:PORT` or a bare IPv6 address. */
export function parseListen(text: string, tls: boolean): ListenOption {
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(text);
  const plain = /^([^:\s]+)(?::(\d+))?$/.exec(text);
  const bare6 = /^[0-9a-fA-F]*:[0-9a-fA-F:.]*$/.test(text) ? text : null;
  const address = bracketed?.[1] ?? plain?.[1] ?? bare6;
  const portText = bracketed?.[2] ?? plain?.[2];
  if (!address) throw new HostOptionError(`--listen takes an address and an optional port, for example --listen 0.0.0.0:${DEFAULT_BRANCH_PORT}, not "${text}"`);
  const port = portText === undefined ? DEFAULT_BRANCH_PORT : portOf(portText, '--listen port');
  if (!tls && !isLoopback(address)) throw new HostOptionError(`--listen ${text} without TLS is refused: plain HTTP is allowed on loopback only, so drop --no-tls.`);
  return { address, port, tls };
}

/** A host address as a device types it (`branch-host:5781`, `https://10.0.0.5:5781/`): its https origin, or null. */
export function branchOrigin(text: string): string | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' || url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
    return `https://${url.hostname}:${url.port || DEFAULT_BRANCH_PORT}`;
  } catch {
    return null;
  }
}

/** Flags win over the environment (KIOSK_*), which wins over the platform default. */
export function parseHostOptions(argv: string[], env: NodeJS.ProcessEnv = process.env, fallbackDataDir = defaultDataDir(env)): HostOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'key-file': { type: 'string' },
      listen: { type: 'string' },
      'no-tls': { type: 'boolean', default: false },
      name: { type: 'string', multiple: true },
      connect: { type: 'string' },
      fingerprint: { type: 'string' },
      'second-screen': { type: 'boolean', default: false },
    },
    allowPositionals: false,
    // Electron and Chromium add switches of their own; unknown ones are ignored.
    strict: false,
  });
  // Without strict parsing a value-less `--data-dir` arrives as `true`; silently using the default folder would hide the typo.
  for (const name of ['port', 'data-dir', 'key-file', 'listen', 'connect', 'fingerprint'] as const) {
    const value = values[name];
    if (value === true || value === '' || (typeof value === 'string' && value.startsWith('--'))) throw new HostOptionError(`--${name} needs a value, for example --${name}=${name === 'port' ? '5780' : name === 'listen' ? '0.0.0.0' : name === 'connect' ? 'https://branch-host:5781' : '/path'}`);
  }
  const port = portOf(typeof values.port === 'string' ? values.port : (env.KIOSK_PORT ?? '5780'), '--port');
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : (env.KIOSK_DATA_DIR ?? fallbackDataDir);
  const keyFile = typeof values['key-file'] === 'string' ? values['key-file'] : (env.KIOSK_KEY_FILE ?? null);
  const listenText = typeof values.listen === 'string' ? values.listen : (env.KIOSK_LISTEN ?? null);
  const listen = listenText === null ? null : parseListen(listenText, values['no-tls'] !== true);
  const nameValues = Array.isArray(values.name) ? values.name.filter((n): n is string => typeof n === 'string') : [];
  const names = [...nameValues, ...(nameValues.length === 0 ? (env.KIOSK_NAMES ?? '').split(',') : [])].map((n) => n.trim()).filter((n) => n.length > 0);
  const connectText = typeof values.connect === 'string' ? values.connect : (env.KIOSK_CONNECT ?? null);
  const connect = connectText === null ? null : branchOrigin(connectText);
  if (connectText !== null && connect === null) throw new HostOptionError(`--connect takes the branch host's https address, for example --connect https://branch-host:${DEFAULT_BRANCH_PORT}, not "${connectText}"`);
  if (connect && listen) throw new HostOptionError('--connect and --listen cannot be used together: a device is either the branch host or a client of one.');
  const fingerprintText = typeof values.fingerprint === 'string' ? values.fingerprint.replace(/[\s:]/g, '').toLowerCase() : null;
  if (fingerprintText !== null && !/^[0-9a-f]{64}$/.test(fingerprintText)) throw new HostOptionError('--fingerprint takes the 64 hex digits the host\'s Devices screen shows.');
  return {
    port,
    dataDir: path.resolve(dataDir),
    demo: values.demo === true || env.KIOSK_DEMO === '1',
    keyFile,
    listen,
    names,
    connect,
    fingerprint: fingerprintText,
    secondScreen: values['second-screen'] === true,
  };
}
