import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { loadOrCreateKey } from '../backend/store/key-file';
import { StoreLockedError } from '../backend/store/store';
import { startBrowserHost } from './browser-host';
import { parseHostOptions } from './host-options';

// Entry of the browser host: `node out/main/browser-host.js --port P --data-dir DIR [--demo]`.
async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const key = await loadOrCreateKey(options.keyFile ?? path.join(options.dataDir, 'secret.key'));
  const backend = await openBackend({
    dataDir: options.dataDir,
    secretCodec: aesGcmCodec(key),
    demo: options.demo,
    log: (message, error) => console.error(message, error),
  });
  const host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir: path.join(here, '..', 'renderer'), port: options.port, dataDir: options.dataDir });
  for (const line of backend.startupNotes) console.log(line);
  console.log(`Data directory: ${options.dataDir}`);
  console.log(`Kiosk ready at ${host.url}`);
  const stop = async (): Promise<void> => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof StoreLockedError) console.error(error.message);
  else console.error('Commons Kiosk could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
