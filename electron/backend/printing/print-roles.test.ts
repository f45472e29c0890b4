// Finding H1: a document's roles decide who may preview it and who may see, cancel, reprint or
// redirect its jobs. Through the dispatcher with the whole backend on a real store.
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/contract/printing';
import { PDF_FOLDER_PRINTER } from '../../../shared/domain/print-jobs';
import type { Backend } from '../backend';
import { testBackends, signIn, dispatchOk, caller, newKey } from '../test-backend';
import { noPrinters } from './printers';

const backends = testBackends();
afterEach(() => backends.cleanup());

const ok = dispatchOk;
const codeOf = async (backend: Backend, name: string, input: unknown, clientId: string): Promise<string> => {
  const result = await backend.dispatch(name, input, caller(clientId));
  return result.ok ? 'ok' : result.error.code;
};

async function groceryOrder(backend: Backend): Promise<{ id: string; windowKey: string }> {
  const catalog = await ok<{ pickup: { key: string } | null }>(backend, 'grocery.catalog', {}, 'patron');
  if (!catalog.pickup) throw new Error('no open grocery window');
  await ok(backend, 'grocery.submitOrder', { ...newKey(), lines: [{ itemId: 'rice', quantity: 1 }], windowKey: catalog.pickup.key, contact: { name: 'Rosa Díaz', phone: '555-010-1234', libraryCard: '' }, payment: 'cash', language: 'en' }, 'patron');
  const desk = await signIn(backend, 'librarian', 'desk-lookup');
  const [order] = (await ok<{ items: { id: string }[] }>(backend, 'grocery.orders', { search: 'Rosa' }, desk)).items;
  if (!order) throw new Error('order not found');
  return { id: order.id, windowKey: catalog.pickup.key };
}

describe('print documents by role (H1)', () => {
  it('refuses the nurse a preview of the hive roster, the grocery picking list and a grocery receipt; the desk may', async () => {
    const { backend } = await backends.start({ printing: { system: noPrinters, tickMs: 0, waitMs: 100 }, nurseAllWeek: true });
    const order = await groceryOrder(backend);
    const [workshop] = await ok<{ id: string }[]>(backend, 'hive.workshops', {}, 'patron');
    if (!workshop) throw new Error('no demo workshop');
    const nurse = await signIn(backend, 'nurse');
    const librarian = await signIn(backend, 'librarian');
    const requests = [
      { kind: 'hive.roster', ref: workshop.id, language: 'en' },
      { kind: 'grocery.picklist', ref: order.windowKey, language: 'en' },
      { kind: 'grocery.receipt', ref: order.id, language: 'en' },
    ];
    for (const request of requests) {
      expect(await codeOf(backend, 'print.preview', request, nurse), request.kind).toBe('print.forbidden');
      expect(await codeOf(backend, 'print.request', request, nurse), request.kind).toBe('print.forbidden');
      expect(await codeOf(backend, 'print.preview', request, librarian), request.kind).toBe('ok');
    }
    // The receipt job made at submit time is not on the nurse's list.
    const nurseJobs = (await ok<{ items: PrintJob[] }>(backend, 'print.jobs', {}, nurse)).items;
    expect(nurseJobs.filter((j) => j.kind.startsWith('grocery.') || j.kind.startsWith('hive.'))).toEqual([]);
    const receiptJob = (await ok<{ items: PrintJob[] }>(backend, 'print.jobs', {}, librarian)).items.find((j) => j.kind === 'grocery.receipt');
    expect(receiptJob).toBeDefined();
    expect(await codeOf(backend, 'print.cancel', { jobId: receiptJob?.id }, nurse)).toBe('print.forbidden');
    expect(await codeOf(backend, 'print.reprint', { jobId: receiptJob?.id }, nurse)).toBe('print.forbidden');
  });

  it('keeps a nurse referral job from the librarian: not listed, not cancelled, reprinted or redirected', async () => {
    const { backend } = await backends.start({ printing: { system: noPrinters, tickMs: 0, waitMs: 100 }, nurseAllWeek: true });
    await ok(backend, 'nurse.checkIn', { ...newKey(), name: null, reasons: ['bloodPressure'], language: 'en', interpreter: false, accessNeeds: [], screener: null }, 'kiosk');
    const nurse = await signIn(backend, 'nurse');
    const ticket = await ok<{ id: string }>(backend, 'nurse.callNext', {}, nurse);
    await ok(backend, 'nurse.startVisit', { ticketId: ticket.id }, nurse);
    const [resource] = await ok<{ id: string }[]>(backend, 'nurse.resources', {}, nurse);
    const visit = {
      ticketId: ticket.id,
      measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' },
      notes: '',
      referrals: [resource?.id],
      followUp: { wanted: false, consent: false, contact: '' },
      handledWithout911: false,
    };
    await ok(backend, 'nurse.saveVisit', visit, nurse);
    const printed = await ok<{ jobId: string }>(backend, 'nurse.printReferral', { ticketId: ticket.id, language: 'en', englishCopy: false }, nurse);
    expect((await ok<{ items: PrintJob[] }>(backend, 'print.jobs', {}, nurse)).items.map((j) => j.id)).toContain(printed.jobId);

    const librarian = await signIn(backend, 'librarian');
    const seen = (await ok<{ items: PrintJob[] }>(backend, 'print.jobs', {}, librarian)).items;
    expect(seen.some((j) => j.kind === 'nurse.referral')).toBe(false);
    expect(await codeOf(backend, 'print.cancel', { jobId: printed.jobId }, librarian)).toBe('print.forbidden');
    expect(await codeOf(backend, 'print.reprint', { jobId: printed.jobId }, librarian)).toBe('print.forbidden');
    expect(await codeOf(backend, 'print.redirect', { jobId: printed.jobId, printer: PDF_FOLDER_PRINTER }, librarian)).toBe('print.forbidden');
    expect(await codeOf(backend, 'print.preview', { kind: 'nurse.referral', ref: ticket.id, language: 'en' }, librarian)).toBe('print.forbidden');
    // The job is untouched and still the nurse's.
    const job = (await ok<{ items: PrintJob[] }>(backend, 'print.jobs', {}, nurse)).items.find((j) => j.id === printed.jobId);
    expect(job?.status).not.toBe('cancelled');
    // The nurse's ticket holds no personal data: the desk may still reprint it.
    expect(seen.some((j) => j.kind === 'nurse.ticket')).toBe(true);
  });
});
