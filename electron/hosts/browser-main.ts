import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { KeyMissingError, loadOrCreateKey } from '../backend/store/key-file';
import { StoreKeyError, StoreLockedError } from '../backend/store/store';
import { startBrowserHost } from './browser-host';
import { parseHostOptions } from './host-options';

// Entry of the browser host: `node out/main/browser-host.js --port P --data-dir DIR [--demo]`.
async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const key = await loadOrCreateKey(options.keyFile ?? path.join(options.dataDir, 'secret.key'), { dataDir: options.dataDir });
  const backend = await openBackend({
    dataDir: options.dataDir,
    secretCodec: aesGcmCodec(key),
    demo: options.demo,
    // KIOSK_DEMO_HISTORY=0: a demo without the made-up year of Impact counts (tests that count their own).
    demoHistory: process.env.KIOSK_DEMO_HISTORY !== '0',
    log: (message, error) => console.error(message, error),
    // Nothing more is written after the loss; serving on would only show stale data.
    onLockLost: (message) => {
      console.error(message);
      process.exit(1);
    },
  });
  // KIOSK_RENDERER_DIR: tests run this entry from source, before any renderer is built.
  const rendererDir = process.env.KIOSK_RENDERER_DIR ?? path.join(here, '..', 'renderer');
  const host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir, port: options.port, dataDir: options.dataDir });
  const stop = async (): Promise<void> => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  // Before "ready": whoever starts the kiosk may stop it as soon as it reads that line, and a SIGTERM
  // that comes before a handler kills the process outright, leaving the data directory's lock behind.
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  for (const line of backend.startupNotes) console.log(line);
  console.log(`Data directory: ${options.dataDir}`);
  console.log(`Kiosk ready at ${host.url}`);
}

main().catch((error: unknown) => {
  // These say what to do in one sentence; anything else gets the generic lead-in.
  if (error instanceof StoreLockedError || error instanceof KeyMissingError || error instanceof StoreKeyError) console.error(error.message);
  else console.error('Commons Kiosk could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
