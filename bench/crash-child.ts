// The kiosk backend as bench:crash runs it: a real process on a real data directory, taking patron
// writes over IPC (as a host takes them over HTTP) until the bench kills it with SIGKILL.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { openBackend } from '../electron/backend/backend';
import { aesGcmCodec } from '../electron/backend/store/codec';
import { benchPrinting, nurseInAllWeek, offer, storedRefs, type PatronWrite } from './workload';

type Request = { id: number } & ({ type: 'write'; write: PatronWrite } | { type: 'refs'; days: string[] } | { type: 'offer' });

async function main(): Promise<void> {
  const [dataDir, keyHex] = process.argv.slice(2);
  if (!dataDir || !keyHex || !process.send) throw new Error('usage: fork crash-child.ts <dataDir> <key hex>');
  const backend = await openBackend({
    dataDir,
    secretCodec: aesGcmCodec(Buffer.from(keyHex, 'hex')),
    demo: true,
    printing: benchPrinting,
    onLockLost: () => process.exit(3),
  });
  if (backend.startupNotes.length > 0) await nurseInAllWeek(backend);
  // Damage found while opening: a torn file would be quarantined and reported here.
  const quarantined = await fs.readdir(path.join(dataDir, 'quarantine'), { recursive: true }).catch(() => []);
  const send = (message: unknown) => process.send?.(message);
  send({ type: 'ready', storeAlerts: backend.platform.store.alerts.map((a) => a.code), quarantined: quarantined.filter((n) => String(n).endsWith('.json')).length });
  process.on('message', (message: Request) => {
    const answer = async (): Promise<unknown> => {
      if (message.type === 'write') return backend.dispatch(message.write.name, message.write.input, message.write.caller);
      if (message.type === 'offer') return offer(backend, { clientId: 'bench-offer', deviceId: 'bench-offer', device: null });
      return [...(await storedRefs(backend, message.days))];
    };
    answer().then(
      (value) => send({ type: 'answer', id: message.id, value }),
      (error: unknown) => send({ type: 'answer', id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
