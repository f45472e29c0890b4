// The numbered migrations on real files: test-fixtures/data-v1 was written by the version before languages
// became data (demo data, a Spanish grocery order, a booking; orders encrypted with a fixed test key).
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogItem, OrderView } from '../../shared/contract/grocery';
import type { Mentor, WorkshopView } from '../../shared/contract/hive';
import { openBackend, type Backend } from './backend';
import { aesGcmCodec } from './store/codec';
import { tempDirs, testClock } from './store/test-support';
import { dispatchOk, textPrinting } from './test-backend';

const fixture = fileURLToPath(new URL('./test-fixtures/data-v1', import.meta.url));
const key = Buffer.alloc(32, 7);
const dirs = tempDirs();
let open: Backend[] = [];

async function openCopy(dataDir?: string): Promise<{ backend: Backend; dataDir: string }> {
  const dir = dataDir ?? (await dirs.make());
  if (!dataDir) await cp(fixture, dir, { recursive: true });
  const backend = await openBackend({ dataDir: dir, secretCodec: aesGcmCodec(key), clock: testClock('2026-06-01T15:00:00Z'), printing: textPrinting });
  open.push(backend);
  return { backend, dataDir: dir };
}

/** The schema version a data file was written at (encrypted files are decoded with the test key). */
async function versionOf(dataDir: string, file: string): Promise<number> {
  const bytes = await readFile(path.join(dataDir, file));
  const text = file.startsWith('grocery-orders/') ? aesGcmCodec(key).decode(bytes) : bytes.toString('utf8');
  return (JSON.parse(text) as { schemaVersion: number }).schemaVersion;
}

afterEach(async () => {
  for (const b of open) await b.close().catch(() => undefined);
  open = [];
  await dirs.cleanup();
});

describe('data written before languages were data', () => {
  it('opens, with sizes, rooms and branch hours as text per language, and writes each file back at its new version', async () => {
    const { backend, dataDir } = await openCopy();
    expect(backend.platform.store.alerts).toEqual([]);
    const desk = 'migration-desk';
    await dispatchOk(backend, 'staff.signIn', { pin: '2222' }, desk);

    // settings.json 1 → 2: the hours typed once are the default language's (English here); digits unset.
    const settings = backend.platform.settings.get();
    expect(settings.branch.hours).toEqual({ en: 'Mon–Thu 10:00–20:00\nFri–Sat 10:00–17:00\nSun closed' });
    expect(settings.numberingSystems).toEqual({});

    // grocery.json 1 → 2: the English size string became the English size; names and descriptions kept every language.
    const catalog = await dispatchOk<CatalogItem[]>(backend, 'grocery.catalogAll', {}, desk);
    expect(catalog).toHaveLength(66);
    expect(catalog.find((i) => i.id === 'apples-gala')).toMatchObject({ name: { en: 'Gala apples', es: 'Manzanas Gala' }, size: { en: '3 lb bag' } });

    // grocery-orders (encrypted) 1 → 2: each line keeps the size it was ordered with.
    const [order] = await dispatchOk<OrderView[]>(backend, 'grocery.orders', {}, desk);
    expect(order?.language).toBe('es');
    expect(order?.lines.map((l) => [l.itemId, l.size])).toEqual([
      ['apples-gala', { en: '3 lb bag' }],
      ['rice', { en: '5 lb' }],
      ['bleach', { en: '81 oz' }],
    ]);
    // Its receipt still prints: Spanish names, the English size as the fallback.
    const receipt = await backend.printing.renderHtml({ kind: 'grocery.receipt', ref: order?.id ?? '', language: 'es' });
    expect(receipt).toContain('Manzanas Gala (3 lb bag)');

    // hive-mentors.json and hive-workshops.json 1 → 2: rooms became the English room name.
    const mentors = await dispatchOk<Mentor[]>(backend, 'hive.mentors', {}, desk);
    expect(mentors.find((m) => m.displayName === 'Maria Gonzalez')?.room).toEqual({ en: 'Hive Room A' });
    const workshops = await dispatchOk<WorkshopView[]>(backend, 'hive.allWorkshops', {}, desk);
    expect(workshops.find((w) => w.title.en === 'Social media for small business')?.room).toEqual({ en: 'Computer Lab' });

    for (const file of ['settings.json', 'grocery.json', 'grocery-orders/2026-06.json', 'hive-mentors.json', 'hive-workshops.json']) expect(await versionOf(dataDir, file), file).toBe(2);
    expect(await versionOf(dataDir, 'hive-settings.json')).toBe(1);

    // Opened again, the migrated files read as they are (nothing quarantined, same data).
    await backend.close();
    open = open.filter((b) => b !== backend);
    const again = await openCopy(dataDir);
    expect(again.backend.platform.store.alerts).toEqual([]);
    expect(again.backend.platform.settings.get().branch.hours).toEqual(settings.branch.hours);
  });

  it('keeps the fixture itself at version 1, so the test keeps testing the old shape', async () => {
    for (const file of ['settings.json', 'grocery.json', 'hive-mentors.json', 'hive-workshops.json', 'grocery-orders/2026-06.json']) {
      expect(await versionOf(fixture, file), file).toBe(1);
    }
  });
});
