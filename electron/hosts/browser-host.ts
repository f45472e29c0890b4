import { randomBytes } from 'node:crypto';
import { startServer, type HostBackend, type KioskServer } from '../server/http-server';

export type BrowserHost = KioskServer & { token: string };

export type BrowserHostOptions = {
  backend: HostBackend;
  rendererDir: string;
  port: number;
  /** Tests pass a fixed token; normally a new one per launch. */
  token?: string;
  /** The data directory: staff product photos are served from its photos/ folder (and nothing else of it). */
  dataDir?: string;
};

/**
 * The browser host's own screen: the built renderer and every operation as POST /api/<operation>,
 * on 127.0.0.1 only, for pages holding this launch's token. Paired devices use the branch listener.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = await startServer({ kind: 'local', backend: options.backend, rendererDir: options.rendererDir, address: '127.0.0.1', port: options.port, token, dataDir: options.dataDir });
  return { ...server, token };
}
