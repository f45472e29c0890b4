import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/backend';
import { aesGcmCodec } from '../backend/store/codec';
import { KeyMissingError, loadOrCreateKey } from '../backend/store/key-file';
import { StoreKeyError, StoreLockedError } from '../backend/store/store';
import { pairingNotes, startBranchNetwork } from '../server/branch-network';
import { HostOptionError, parseHostOptions } from '../server/host-options';
import { startBrowserHost } from './browser-host';

// Entry of the browser host: `node out/main/browser-host.js --port P --data-dir DIR [--demo] [--listen ADDRESS[:PORT]]`.
async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  if (options.connect) throw new HostOptionError(`A device joins a branch in its browser: open ${options.connect}/ there and enter the pairing code.`);
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
  const host = await startBrowserHost({ backend, rendererDir, port: options.port, dataDir: options.dataDir });
  const branch = options.listen ? await startBranchNetwork({ backend, rendererDir, listen: options.listen, names: options.names, dataDir: options.dataDir }) : null;
  const stop = async (): Promise<void> => {
    await branch?.close();
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
  if (branch) for (const line of pairingNotes(branch)) console.log(line);
  console.log(`Kiosk ready at ${host.url}`);
}

main().catch((error: unknown) => {
  // These say what to do in one sentence; anything else gets the generic lead-in.
  if (error instanceof StoreLockedError || error instanceof KeyMissingError || error instanceof StoreKeyError || error instanceof HostOptionError) console.error(error.message);
  else console.error('Commons Kiosk could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
