// `legacyPlain`: a collection that became encrypted still reads its old plaintext files once,
// re-writes them encrypted, and still quarantines a damaged encrypted file.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aesGcmCodec } from './codec';
import { monthOf, Store, type RecordsSpec } from './store';
import { tempDirs, testClock } from './test-support';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await dirs.cleanup();
});
const key = randomBytes(32);
const clock = testClock('2026-06-01T12:00:00Z');
async function openStore(dataDir: string): Promise<Store> {
  const store = await Store.open({ dataDir, clock, secretCodec: aesGcmCodec(key) });
  open.push(store);
  return store;
}
async function closeStore(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

const schema = z.object({ id: z.string(), createdAt: z.string(), name: z.string() });
type Row = z.infer<typeof schema>;
const plainSpec: RecordsSpec<Row> = { name: 'people', schema, version: 1, partitionOf: (r) => monthOf(r.createdAt) };
const encryptedSpec: RecordsSpec<Row> = { ...plainSpec, encrypted: true, legacyPlain: true };
const filesOf = async (dir: string) => (await fs.readdir(path.join(dir, 'people'))).filter((n) => n.endsWith('.json'));

describe('legacyPlain records', () => {
  it('reads a plaintext file once and re-writes it encrypted', async () => {
    const dir = await dirs.make();
    const before = await openStore(dir);
    await (await before.records(plainSpec)).insert({ id: 'a', createdAt: '2026-05-31T10:00:00Z', name: 'Marguerite Plaintext' });
    await closeStore(before);

    const after = await openStore(dir);
    expect((await after.records(encryptedSpec)).get('a')?.name).toBe('Marguerite Plaintext');
    expect(after.alerts).toEqual([]);
    await closeStore(after);
    for (const name of await filesOf(dir)) {
      const bytes = await fs.readFile(path.join(dir, 'people', name));
      expect(bytes.includes('Marguerite')).toBe(false);
      expect(bytes.subarray(0, 4).toString()).toBe('CKE1');
    }
    const third = await openStore(dir);
    expect((await third.records(encryptedSpec)).get('a')?.name).toBe('Marguerite Plaintext');
  });

  it('still quarantines an encrypted file that no longer decrypts', async () => {
    const dir = await dirs.make();
    const first = await openStore(dir);
    await (await first.records(encryptedSpec)).insert({ id: 'a', createdAt: '2026-05-31T10:00:00Z', name: 'Kept' });
    await closeStore(first);
    const [name = ''] = await filesOf(dir);
    const file = path.join(dir, 'people', name);
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await fs.writeFile(file, bytes);
    const second = await openStore(dir);
    expect((await second.records(encryptedSpec)).size).toBe(0);
    expect(second.alerts.map((a) => a.code)).toEqual(['store-reset']);
  });
});
