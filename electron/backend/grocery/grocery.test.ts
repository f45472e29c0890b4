import { readdir, readFile, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../shared/contract/grocery';
import type { Backend } from '../backend';
import { testClock, type TestClock } from '../store/test-support';
import { testBackends, dispatchOk, caller, demoCredentials, newKey, textPrinting } from '../test-backend';

// Through the real dispatcher and a real store in a temp folder. Branch in New York;
// demo schedule: order until Monday 14:30 (19:30Z in winter), delivered Tuesday 12-13.
const backends = testBackends();
let backend: Backend | null = null;
afterEach(async () => {
  backend = null;
  await backends.cleanup();
});

const patron = caller('test-patron-1');
const desk = caller('test-librarian');
const contact = { name: 'Rosa Díaz', phone: '555-010-1234', libraryCard: '' };

async function open(clock: TestClock, dataDir?: string): Promise<Backend> {
  backend = (await backends.start({ clock, dataDir, timeZone: 'America/New_York' })).backend;
  return backend;
}

async function call<T = unknown>(name: string, input: unknown, who = patron): Promise<T> {
  return dispatchOk<T>(backend!, name, input, who.clientId);
}
async function refusal(name: string, input: unknown, who = patron) {
  const result = await backend!.dispatch(name, input, who);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}

type Catalog = { items: { id: string; priceCents: number }[]; pickup: { key: string } | null };

async function placeOrder(lines: { itemId: string; quantity: number }[] = [{ itemId: 'rice', quantity: 2 }, { itemId: 'dish-soap', quantity: 1 }, { itemId: 'eggs', quantity: 1 }]) {
  const catalog = await call<Catalog>('grocery.catalog', {});
  return call<{ orderNumber: string; window: { key: string }; totals: { snapCents: number; otherCents: number }; receipt: string }>('grocery.submitOrder', {
    ...newKey(),
    lines,
    windowKey: catalog.pickup?.key,
    contact,
    payment: 'snap',
    language: 'es',
  });
}

describe('grocery ordering through the dispatcher', () => {
  it('shows the demo catalog and the next pickup window', async () => {
    await open(testClock('2026-11-25T15:00:00Z'));
    const catalog = await call<Catalog & { payments: string[] }>('grocery.catalog', {});
    expect(catalog.items.length).toBeGreaterThanOrEqual(60);
    // Wednesday: the Thursday window comes first.
    expect(catalog.pickup?.key).toBe('2026-11-26-thu');
    expect(catalog.payments).toEqual(['snap', 'card', 'cash']);
  });

  it('submits an order with snapshotted prices, SNAP split and a number; with no printer assigned the receipt waits for the desk', async () => {
    await open(testClock('2026-11-30T15:00:00Z'));
    const placed = await placeOrder();
    expect(placed.orderNumber).toBe('1001');
    expect(placed.window.key).toBe('2026-11-30-mon');
    // rice 2 × 5.49 + eggs 3.29 SNAP; dish soap 2.49 not.
    expect(placed.totals).toEqual({ snapCents: 1427, otherCents: 249, totalCents: 1676, itemCount: 4 });
    // SNAP pays only for the SNAP items: the EBT card for those, another way (the branch's others) for the rest.
    expect((placed as unknown as { bring: unknown }).bring).toEqual([
      { way: 'snap', cents: 1427, ways: ['snap'] },
      { way: 'other', cents: 249, ways: ['card', 'cash'] },
    ]);
    expect(placed.receipt).toBe('desk');
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    // A later price change does not touch the order.
    const csv = (await call<{ csv: string }>('grocery.exportCatalog', {}, desk)).csv.replace(',5 lb,5.49,', ',5 lb,6.99,');
    await call('grocery.importCatalog', { csv }, desk);
    const [order] = (await call<{ items: { lines: { itemId: string; unitPriceCents: number }[]; contact: { phone: string }; assistedBy: string | null }[] }>('grocery.orders', { search: '1001' }, desk)).items;
    expect(order?.lines.find((l) => l.itemId === 'rice')?.unitPriceCents).toBe(549);
    expect(order?.contact.phone).toBe('(555) 010-1234');
    expect(order?.assistedBy).toBeNull();
  });

  it('records the librarian who helped', async () => {
    await open(testClock('2026-11-30T15:00:00Z'));
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const catalog = await call<Catalog>('grocery.catalog', {}, desk);
    await call('grocery.submitOrder', { ...newKey(), lines: [{ itemId: 'bananas', quantity: 1 }], windowKey: catalog.pickup?.key, contact, payment: 'cash', language: 'en' }, desk);
    const [order] = (await call<{ items: { assistedBy: string | null }[] }>('grocery.orders', {}, desk)).items;
    expect(order?.assistedBy).toBe('Lee');
  });

  it('refuses bad input with a code and changes nothing', async () => {
    await open(testClock('2026-11-30T15:00:00Z'));
    const { pickup } = await call<Catalog>('grocery.catalog', {});
    const base = { windowKey: pickup?.key, contact, payment: 'snap', language: 'en' };
    expect((await refusal('grocery.submitOrder', { ...newKey(), ...base, lines: [] })).code).toBe('grocery.cart-empty');
    expect((await refusal('grocery.submitOrder', { ...newKey(), ...base, lines: [{ itemId: 'rice', quantity: 0 }] })).code).toBe('grocery.bad-quantity');
    expect((await refusal('grocery.submitOrder', { ...newKey(), ...base, lines: [{ itemId: 'rice', quantity: -2 }] })).code).toBe('grocery.bad-quantity');
    expect((await refusal('grocery.submitOrder', { ...newKey(), ...base, lines: [{ itemId: 'infant-formula', quantity: 3 }] })).code).toBe('grocery.over-limit');
    const phone = await refusal('grocery.submitOrder', { ...newKey(), ...base, contact: { ...contact, phone: '555-01' }, lines: [{ itemId: 'rice', quantity: 1 }] });
    expect(phone.code).toBe('invalid-input');
    expect(phone.fields).toEqual([{ path: 'contact.phone', code: 'phone-format' }]);
    const price = await refusal('grocery.submitOrder', { ...newKey(), ...base, lines: [{ itemId: 'rice', quantity: 1, seenPriceCents: 499 }] });
    expect(price.code).toBe('grocery.cart-changed');
    expect(price.fields).toEqual([{ path: 'rice', code: 'price-changed' }]);
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    await call('grocery.setItemActive', { id: 'eggs', active: false }, desk);
    const inactive = await refusal('grocery.submitOrder', { ...newKey(), ...base, lines: [{ itemId: 'eggs', quantity: 1 }] });
    expect(inactive).toMatchObject({ code: 'grocery.cart-changed', fields: [{ path: 'eggs', code: 'inactive' }] });
    expect((await call<{ items: unknown[] }>('grocery.orders', {}, desk)).items).toEqual([]);
  });

  it('moves an order placed after the cut-off to the next window', async () => {
    const clock = testClock('2026-11-30T19:29:00Z');
    await open(clock);
    const { pickup } = await call<Catalog>('grocery.catalog', {});
    expect(pickup?.key).toBe('2026-11-30-mon');
    clock.advance(2 * 60 * 1000); // the cut-off passes while the patron is at the review step
    const late = await refusal('grocery.submitOrder', { ...newKey(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: pickup?.key, contact, payment: 'card', language: 'en' });
    expect(late).toMatchObject({ code: 'grocery.window-closed', params: { next: '2026-12-03-thu' } });
    const placed = await placeOrder();
    expect(placed.window.key).toBe('2026-12-03-thu');
  });

  it('a patron client cannot call staff operations', async () => {
    await open(testClock('2026-11-30T15:00:00Z'));
    for (const [name, input] of [
      ['grocery.orders', {}],
      ['grocery.sendWindow', { windowKey: 'x' }],
      ['grocery.setStatus', { id: 'x', to: 'sent' }],
      ['grocery.importCatalog', { csv: '' }],
      ['grocery.updateSettings', { windows: [], skippedDates: [], payments: [] }],
    ] as const) {
      expect((await refusal(name, input)).code).toBe('sign-in-required');
    }
    await call('staff.signIn', demoCredentials(backend!, 'nurse'), caller('test-nurse'));
    expect((await refusal('grocery.orders', {}, caller('test-nurse'))).code).toBe('forbidden');
  });

  it('runs the desk loop: send window (CSV saved), delivery arrived (bins), picked up with the final total; summary', async () => {
    const clock = testClock('2026-11-30T15:00:00Z');
    const b = await open(clock);
    const first = await placeOrder();
    await placeOrder([{ itemId: 'milk-whole', quantity: 1 }]);
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const [order] = (await call<{ items: { id: string; status: string; editable: boolean }[] }>('grocery.orders', { search: 'rosa' }, desk)).items;
    expect(order?.editable).toBe(true);
    const id = order?.id ?? '';
    expect((await refusal('grocery.setStatus', { id, to: 'picked-up', finalTotalCents: 100 }, desk)).code).toBe('grocery.status-not-allowed');
    expect((await refusal('grocery.deliveryArrived', { windowKey: first.window.key }, desk)).code).toBe('grocery.window-not-sent');

    const sent = await call<{ orders: number; csv: string; savedTo: string }>('grocery.sendWindow', { windowKey: first.window.key }, desk);
    expect(sent.orders).toBe(2);
    expect(sent.csv).toContain('rice');
    expect(await readFile(sent.savedTo, 'utf8')).toBe(sent.csv);
    expect((await refusal('grocery.sendWindow', { windowKey: first.window.key }, desk)).code).toBe('grocery.window-already-sent');
    // Closed early: new orders join the next window, and the sent order can no longer be edited.
    expect((await call<Catalog>('grocery.catalog', {})).pickup?.key).toBe('2026-12-03-thu');
    expect((await refusal('grocery.editOrder', { id, lines: [{ itemId: 'rice', quantity: 1 }] }, desk)).code).toBe('grocery.not-editable');

    const arrived = await call<{ orders: number; slipJobs: string[] }>('grocery.deliveryArrived', { windowKey: first.window.key }, desk);
    expect(arrived.orders).toBe(2);
    expect(arrived.slipJobs).toHaveLength(2);
    // The desk follows the slips as they print (no printer is assigned here: they wait, tried once).
    const progress = await call<Record<string, number>>('print.progress', { jobIds: arrived.slipJobs }, desk);
    expect(progress).toMatchObject({ total: 2, done: 0 });
    expect(progress.waiting + progress.printing).toBe(2);
    expect((await refusal('grocery.setStatus', { id, to: 'picked-up' }, desk)).code).toBe('grocery.final-total-required');
    const picked = await call<{ status: string; finalTotalCents: number; bin: number }>('grocery.setStatus', { id, to: 'picked-up', finalTotalCents: 1500 }, desk);
    expect(picked).toMatchObject({ status: 'picked-up', finalTotalCents: 1500 });
    expect(picked.bin).toBeGreaterThan(0);
    const [second] = (await call<{ items: { id: string }[] }>('grocery.orders', { status: 'arrived' }, desk)).items;
    await call('grocery.setStatus', { id: second?.id, to: 'not-picked-up' }, desk);

    const windows = await call<{ window: { key: string }; state: string; summary: Record<string, unknown> }[]>('grocery.windows', {}, desk);
    const summary = windows.find((w) => w.window.key === first.window.key);
    expect(summary?.state).toBe('arrived');
    expect(summary?.summary).toMatchObject({ orders: 2, items: 5, estimatedCents: 2065, finalCents: 1500, pickedUp: 1, notPickedUp: 1, pickupRate: 0.5 });

    // The audit log names the status change.
    const audit = b.platform.audit.list({ limit: 50 }).items;
    expect(JSON.stringify(audit)).toContain('arrived → picked-up');
  });

  it('follows the pickup slips of a delivery as they print: all done on a working printer; another role sees none of them', async () => {
    backend = (await backends.start({ clock: testClock('2026-11-30T15:00:00Z'), timeZone: 'America/New_York', printing: textPrinting })).backend;
    const first = await placeOrder();
    await placeOrder([{ itemId: 'milk-whole', quantity: 1 }]);
    await placeOrder([{ itemId: 'eggs', quantity: 2 }]);
    await call('staff.signIn', demoCredentials(backend!, 'admin'), caller('admin'));
    await call('print.updateSettings', { receiptPrinter: '@pdf-folder', sheetPrinter: '@pdf-folder', sheetSize: 'letter' }, caller('admin'));
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    await call('grocery.sendWindow', { windowKey: first.window.key }, desk);
    const { slipJobs } = await call<{ slipJobs: string[] }>('grocery.deliveryArrived', { windowKey: first.window.key }, desk);
    expect(slipJobs).toHaveLength(3);
    await expect.poll(async () => (await call<{ done: number }>('print.progress', { jobIds: slipJobs }, desk)).done, { timeout: 10_000 }).toBe(3);
    expect(await call('print.progress', { jobIds: slipJobs }, desk)).toEqual({ total: 3, done: 3, printing: 0, waiting: 0, stuck: 0, failed: 0, cancelled: 0 });
    await call('staff.signIn', demoCredentials(backend!, 'nurse'), caller('nurse'));
    expect(await call('print.progress', { jobIds: slipJobs }, caller('nurse'))).toMatchObject({ total: 0 });
  });

  it('lets staff edit items until the cut-off, and cancel with a reason', async () => {
    const clock = testClock('2026-11-30T15:00:00Z');
    await open(clock);
    await placeOrder();
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const [order] = (await call<{ items: { id: string }[] }>('grocery.orders', {}, desk)).items;
    const id = order?.id ?? '';
    // Rice's price changes after the order: the kept line keeps 5.49, the added bananas cost today's price.
    const csv = (await call<{ csv: string }>('grocery.exportCatalog', {}, desk)).csv.replace(',5 lb,5.49,', ',5 lb,6.99,');
    await call('grocery.importCatalog', { csv }, desk);
    const edited = await call<{ totals: { itemCount: number }; lines: { itemId: string; unitPriceCents: number; quantity: number }[] }>(
      'grocery.editOrder',
      { id, lines: [{ itemId: 'rice', quantity: 1 }, { itemId: 'bananas', quantity: 2 }] },
      desk,
    );
    expect(edited.totals.itemCount).toBe(3);
    expect(edited.lines).toMatchObject([
      { itemId: 'rice', unitPriceCents: 549, quantity: 1 },
      { itemId: 'bananas', unitPriceCents: 129, quantity: 2 },
    ]);
    expect((await refusal('grocery.editOrder', { id, lines: [{ itemId: 'rice', quantity: 21 }] }, desk)).code).toBe('grocery.over-limit');
    expect((await refusal('grocery.editOrder', { id, lines: [{ itemId: 'rice', quantity: 0 }] }, desk)).code).toBe('grocery.bad-quantity');
    expect((await refusal('grocery.editOrder', { id, lines: [{ itemId: 'nope', quantity: 1 }] }, desk)).code).toBe('grocery.cart-changed');
    expect((await refusal('grocery.editOrder', { id, lines: [] }, desk)).code).toBe('grocery.cart-empty');
    clock.set('2026-11-30T19:31:00Z');
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk); // the session ended while the clock jumped
    expect((await refusal('grocery.editOrder', { id, lines: [{ itemId: 'rice', quantity: 2 }] }, desk)).code).toBe('grocery.not-editable');
    expect((await refusal('grocery.setStatus', { id, to: 'cancelled' }, desk)).code).toBe('grocery.reason-required');
    expect((await call<{ status: string; cancelReason: string }>('grocery.setStatus', { id, to: 'cancelled', reason: 'Patron called' }, desk))).toMatchObject({ status: 'cancelled', cancelReason: 'Patron called' });
  });

  it('imports a good catalog file, refuses a bad one whole, and keeps the catalog unchanged', async () => {
    await open(testClock('2026-11-30T15:00:00Z'));
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const header = 'id,category,name_en,name_es,description_en,description_es,size,price,snap,active,limit,picture';
    const bad = `${header}\nrice,pantry,Rice,Arroz,,,5 lb,4.99,yes,yes,,pantry.svg\nbeans,pantry,Beans,Frijoles,,,1 lb,oops,yes,yes,,pantry.svg\n`;
    const error = await refusal('grocery.importCatalog', { csv: bad }, desk);
    expect(error).toMatchObject({ code: 'grocery.csv-invalid', params: { count: 1, rows: '3' }, fields: [{ path: '3:price', code: 'bad-price' }] });
    const items = await call<{ id: string; priceCents: number; active: boolean }[]>('grocery.catalogAll', {}, desk);
    expect(items.find((i) => i.id === 'rice')?.priceCents).toBe(549);
    const good = `${header}\nrice,pantry,Rice,Arroz,,,5 lb,4.99,yes,yes,,pantry.svg\nbeans,pantry,Beans,Frijoles,,,1 lb,1.19,yes,yes,,pantry.svg\n`;
    expect(await call('grocery.importCatalog', { csv: good }, desk)).toEqual({ items: 2, added: 1, updated: 1 });
    const catalog = await call<Catalog>('grocery.catalog', {});
    expect(catalog.items.map((i) => i.id).sort()).toEqual(['beans', 'rice']);
  });

  it('exports one text column per offered language; an older two-language file re-imports without losing the other languages', async () => {
    await open(testClock('2026-11-30T15:00:00Z'));
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const { csv } = await call<{ csv: string }>('grocery.exportCatalog', {}, desk);
    const [head, ...lines] = csv.split('\r\n');
    // The demo offers all four languages.
    expect(head).toBe(
      'id,category,name_en,name_es,name_ar,name_vi,description_en,description_es,description_ar,description_vi,size_en,size_es,size_ar,size_vi,price,snap,active,limit,picture',
    );
    expect(lines.find((l) => l.startsWith('apples-gala,'))).toContain('3 lb bag,bolsa de 3 lb,كيس 3 رطل,túi 3 pound,4.49');
    // The whole export imports back unchanged.
    const before = await call<CatalogItem[]>('grocery.catalogAll', {}, desk);
    expect(await call('grocery.importCatalog', { csv }, desk)).toMatchObject({ added: 0, updated: before.length });
    expect(await call<CatalogItem[]>('grocery.catalogAll', {}, desk)).toEqual(before);
    // A file from before sizes were per language: one `size` column (English). Spanish sizes stay as they were.
    const old = 'id,category,name_en,name_es,description_en,description_es,size,price,snap,active,limit,picture\napples-gala,produce,Gala apples,Manzanas Gala,,,4 lb bag,4.99,yes,yes,,produce.svg\n';
    await call('grocery.importCatalog', { csv: old }, desk);
    const apples = (await call<CatalogItem[]>('grocery.catalogAll', {}, desk)).find((i) => i.id === 'apples-gala');
    expect(apples).toMatchObject({ size: { en: '4 lb bag', es: 'bolsa de 3 lb', ar: 'كيس 3 رطل' }, priceCents: 499 });
    expect(apples?.name).toMatchObject({ en: 'Gala apples', es: 'Manzanas Gala', ar: 'تفاح جالا', vi: 'Táo Gala' });
    // The file had English and Spanish description columns, left blank: those are blank now; the others stay.
    expect(Object.keys(apples?.description ?? {}).sort()).toEqual(['ar', 'vi']);
  });

  it('saves the schedule and refuses bad schedules', async () => {
    await open(testClock('2026-11-25T15:00:00Z'));
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const rule = { id: 'wed', cutoffDay: 3, cutoffTime: '18:00', deliveryDay: 4, deliveryStart: '10:00', deliveryEnd: '11:00' };
    expect((await refusal('grocery.updateSettings', { windows: [rule, rule], skippedDates: [], payments: ['cash'] }, desk)).code).toBe('grocery.duplicate-window');
    expect((await refusal('grocery.updateSettings', { windows: [{ ...rule, deliveryEnd: '09:00' }], skippedDates: [], payments: ['cash'] }, desk)).code).toBe('invalid-input');
    await call('grocery.updateSettings', { windows: [rule], skippedDates: ['2026-11-26'], payments: ['cash'] }, desk);
    const catalog = await call<Catalog & { payments: string[] }>('grocery.catalog', {});
    expect(catalog.pickup?.key).toBe('2026-12-02-wed');
    expect(catalog.payments).toEqual(['cash']);
    expect((await refusal('grocery.submitOrder', { ...newKey(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup?.key, contact, payment: 'snap', language: 'en' })).code).toBe('grocery.payment-not-accepted');
  });

  it('deletes store-order CSVs older than the grocery retention days at purge', async () => {
    const clock = testClock('2026-11-30T15:00:00Z');
    const b = await open(clock);
    const s = b.platform.settings.get();
    await b.platform.settings.update({ ...s, retentionDays: { ...s.retentionDays, grocery: 10 } });
    const { window } = await placeOrder();
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const sent = await call<{ savedTo: string }>('grocery.sendWindow', { windowKey: window.key }, desk);
    // Written with the machine's time: dated by the test clock instead.
    await utimes(sent.savedTo, clock.now(), clock.now());
    const folder = path.dirname(sent.savedTo);
    clock.advance(9 * 24 * 3600_000);
    await b.purge();
    expect(await readdir(folder)).toEqual([path.basename(sent.savedTo)]);
    clock.advance(2 * 24 * 3600_000);
    await b.purge();
    expect(await readdir(folder)).toEqual([]);
  });

  it('purges orders older than the retention period after their window, and they stay gone after a restart', async () => {
    const clock = testClock('2026-11-30T15:00:00Z');
    const b = await open(clock);
    const dir = b.platform.store.dataDir;
    await placeOrder();
    clock.set('2027-02-28T12:00:00Z'); // 89 days after delivery (retention 90): kept
    await b.purge();
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    expect((await call<{ items: unknown[] }>('grocery.orders', {}, desk)).items).toHaveLength(1);
    clock.set('2027-03-03T12:00:00Z');
    await b.purge();
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    expect((await call<{ items: unknown[] }>('grocery.orders', {}, desk)).items).toHaveLength(0);
    await backends.stop(b);
    await open(clock, dir);
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    expect((await call<{ items: unknown[] }>('grocery.orders', {}, desk)).items).toHaveLength(0);
  });

  it('prints receipt, pickup slip and picking list in the patron language, with patron text escaped', async () => {
    const b = await open(testClock('2026-11-30T15:00:00Z'));
    const catalog = await call<Catalog>('grocery.catalog', {});
    await call('grocery.submitOrder', {
      ...newKey(),
      lines: [{ itemId: 'rice', quantity: 2 }, { itemId: 'dish-soap', quantity: 1 }],
      windowKey: catalog.pickup?.key,
      contact: { ...contact, name: '<script>alert(1)</script>' },
      payment: 'snap',
      language: 'es',
    });
    await call('staff.signIn', demoCredentials(backend!, 'librarian'), desk);
    const [order] = (await call<{ items: { id: string; number: string }[] }>('grocery.orders', {}, desk)).items;
    const receipt = await b.printing.renderHtml({ kind: 'grocery.receipt', ref: order?.id ?? '', language: 'es' });
    expect(receipt).toContain('Pedido de comestibles 1001');
    expect(receipt).toContain('Arroz de grano largo');
    expect(receipt).toContain('Subtotal que se puede pagar con SNAP');
    expect(receipt).toContain('$10.98');
    expect(receipt).toContain('Tu tarjeta EBT (se pasa al recoger) para $10.98: los productos SNAP');
    expect(receipt).toContain('Otra forma de pago (tarjeta o efectivo) para $2.49: los productos que SNAP no cubre');
    expect(receipt).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(receipt).not.toContain('<script>alert(1)');
    await call('grocery.sendWindow', { windowKey: catalog.pickup?.key }, desk);
    await call('grocery.deliveryArrived', { windowKey: catalog.pickup?.key }, desk);
    const slip = await b.printing.renderHtml({ kind: 'grocery.pickup-slip', ref: order?.id ?? '', language: 'es' });
    expect(slip).toContain('Comprobante de recogida 1001');
    expect(slip).toContain('Estante o caja');
    expect(slip).toContain('3 productos');
    expect(slip).toContain('Tu tarjeta EBT (se pasa al recoger) para $10.98');
    expect(slip).toContain('Otra forma de pago (tarjeta o efectivo) para $2.49');
    const picklist = await b.printing.renderHtml({ kind: 'grocery.picklist', ref: catalog.pickup?.key ?? '', language: 'en' });
    expect(picklist).toContain('Long grain rice');
    expect(picklist).toContain('1 order');
    await expect(b.printing.renderHtml({ kind: 'grocery.receipt', ref: 'nope', language: 'en' })).rejects.toThrow();
  });
});
