// Findings L5 (a retried "delivery arrived" keeps bin numbers unique) and L7 (a receipt waiting for
// the printer does not hold up the next patron's order). Through the dispatcher with a real store.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDF_FOLDER_PRINTER } from '../../../shared/domain/print-jobs';
import type { Backend } from '../backend';
import type { PdfEngine } from '../printing/pdf-engine';
import { noPrinters } from '../printing/printers';
import { Records } from '../store/store';
import { testClock } from '../store/test-support';
import { testBackends, dispatchOk, caller, demoCredentials, newKey } from '../test-backend';

const backends = testBackends();
afterEach(async () => {
  vi.restoreAllMocks();
  await backends.cleanup();
});

/** A PDF engine that holds every job until `release()`: a printer that is slow to answer. */
function gatedEngine(): PdfEngine & { release(): void } {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    async toPdf(html, page) {
      await gate;
      return { bytes: Buffer.from(html), widthMm: page.widthMm, heightMm: page.heightMm ?? 200 };
    },
    close: async () => undefined,
    release: () => open(),
  };
}

// Monday 30 Nov 2026, 10:00 in New York: the demo window takes orders until 14:30.
async function start(engine?: PdfEngine): Promise<Backend> {
  const { backend } = await backends.start({
    clock: testClock('2026-11-30T15:00:00Z'),
    printing: { system: noPrinters, tickMs: 0, ...(engine ? { engine } : {}) },
    timeZone: 'America/New_York',
  });
  return backend;
}
const ok = dispatchOk;
const submit = async (backend: Backend, name: string, clientId: string) => {
  const catalog = await ok<{ pickup: { key: string } | null }>(backend, 'grocery.catalog', {}, clientId);
  return backend.dispatch(
    'grocery.submitOrder',
    { ...newKey(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup?.key, contact: { name, phone: '555-010-1234', libraryCard: '' }, payment: 'cash', language: 'en' },
    caller(clientId),
  );
};

describe('grocery delivery retry (L5)', () => {
  it('continues bin numbers after a failure part-way instead of starting again at 1', async () => {
    const backend = await start();
    for (const name of ['Ana', 'Ben', 'Cy']) expect((await submit(backend, name, `kiosk-${name}`)).ok).toBe(true);
    await ok(backend, 'staff.signIn', demoCredentials(backend, 'librarian'), 'desk');
    const key = '2026-11-30-mon';
    await ok(backend, 'grocery.sendWindow', { windowKey: key }, 'desk');

    // The disk fails on the second order's write: the first order already has its bin.
    // Only order writes count: the print queue updates its own job records in the background meanwhile.
    const orderIds = new Set((await ok<{ items: { id: string }[] }>(backend, 'grocery.orders', { windowKey: key }, 'desk')).items.map((o) => o.id));
    const real = Records.prototype.update;
    let writes = 0;
    vi.spyOn(Records.prototype, 'update').mockImplementation(function (this: Records<{ id: string }>, id, fn) {
      if (orderIds.has(id)) writes += 1;
      if (writes === 2) return Promise.reject(new Error('disk full'));
      return real.call(this, id, fn);
    });
    const failed = await backend.dispatch('grocery.deliveryArrived', { windowKey: key }, caller('desk'));
    expect(failed.ok).toBe(false);
    vi.restoreAllMocks();

    const retried = await ok<{ orders: number }>(backend, 'grocery.deliveryArrived', { windowKey: key }, 'desk');
    expect(retried.orders).toBe(3);
    const orders = (await ok<{ items: { bin: number | null; status: string }[] }>(backend, 'grocery.orders', { windowKey: key }, 'desk')).items;
    expect(orders.map((o) => o.status)).toEqual(['arrived', 'arrived', 'arrived']);
    expect(orders.map((o) => o.bin).sort()).toEqual([1, 2, 3]);
  });
});

describe('grocery receipts outside the order queue (L7)', () => {
  it("saves a second patron's order while the first receipt is still waiting for the printer", async () => {
    const engine = gatedEngine();
    const backend = await start(engine);
    await ok(backend, 'staff.signIn', demoCredentials(backend, 'admin'), 'admin');
    await ok(backend, 'print.updateSettings', { receiptPrinter: PDF_FOLDER_PRINTER, sheetPrinter: null, sheetSize: 'letter' }, 'admin');
    await ok(backend, 'staff.signIn', demoCredentials(backend, 'librarian'), 'desk');

    let firstDone = false;
    const first = submit(backend, 'Ana', 'kiosk-1').then((r) => {
      firstDone = true;
      return r;
    });
    const second = submit(backend, 'Ben', 'kiosk-2');
    // The first receipt waits up to 4 s for the held printer; the second order must be saved well before.
    const deadline = Date.now() + 2500;
    let saved = 0;
    while (Date.now() < deadline && !firstDone) {
      saved = (await ok<{ total: number }>(backend, 'grocery.orders', {}, 'desk')).total;
      if (saved === 2) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(saved).toBe(2);
    expect(firstDone).toBe(false);
    engine.release();
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
  });
});
