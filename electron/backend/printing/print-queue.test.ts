import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printJobSchema, type PrintJob } from '../../../shared/contract/printing';
import { KioskFailure } from '../../../shared/result';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract/operations';
import { openBackend, type Backend } from '../backend';
import { openPlatform, type Platform } from '../platform/platform';
import { aesGcmCodec } from '../store/codec';
import { monthOf, Store } from '../store/store';
import type { PdfEngine } from './pdf-engine';
import { html } from './templates/html';
import { openPrinting, type PrintingModule } from './printing';
import { PrinterError, type PrinterState, type PrinterSystem } from './printers';
import type { Caller } from '../context';
import { caller, demoCredentials } from '../test-backend';

// The queue with a real store on disk and a clock the test moves. The two things outside the app
// are stood in for: Chromium (an engine that returns the HTML as bytes) and CUPS (queues that can
// be stopped, missing or refusing). The e2e spec runs the same queue against real CUPS.

const key = randomBytes(32);

function fakeClock(start = '2026-03-02T10:00:00.000Z') {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

const fakeEngine: PdfEngine = {
  toPdf: async (markup, page) => ({ bytes: Buffer.from(`%PDF-fake\n${markup}`), widthMm: page.widthMm, heightMm: page.heightMm ?? 120 }),
  close: async () => undefined,
};

function fakeCups() {
  const states = new Map<string, PrinterState>([
    ['kiosk-receipt', 'ready'],
    ['kiosk-sheet', 'ready'],
  ]);
  const printed: { printer: string; jobId: string; text: string }[] = [];
  let refuse = 0;
  const system: PrinterSystem = {
    list: async () => [...states.keys()].map((name) => ({ name, kind: 'system' as const, state: states.get(name) === 'stopped' ? ('stopped' as const) : ('ready' as const) })),
    state: async (name) => states.get(name) ?? 'missing',
    submit: async (printer, payload) => {
      if (refuse > 0) {
        refuse -= 1;
        throw new PrinterError('lp: client-error-not-possible');
      }
      printed.push({ printer, jobId: payload.jobId, text: (await payload.pdf()).bytes.toString() });
    },
  };
  return { states, printed, system, refuseNext: (n: number) => (refuse = n) };
}

type Kit = { platform: Platform; printing: PrintingModule; close(): Promise<void> };

const patrons = new Map<string, string>([['order-1', '<script>alert(1)</script>']]);

async function open(dataDir: string, clock: ReturnType<typeof fakeClock>, cups: ReturnType<typeof fakeCups>): Promise<Kit> {
  const store = await Store.open({ dataDir, clock, secretCodec: aesGcmCodec(key) });
  const platform = await openPlatform(store);
  const printing = await openPrinting(platform, {
    engine: fakeEngine,
    system: cups.system,
    tickMs: 0,
    policy: { wait: { firstMs: 2000, maxMs: 8000 }, fail: { firstMs: 1000, maxMs: 4000 }, maxFailedAttempts: 3 },
  });
  printing.service.registerDocument('test.slip', {
    paper: 'receipt',
    roles: ['admin'],
    render: (ref, language) => {
      const name = patrons.get(ref);
      if (name === undefined) throw new KioskFailure('not-found', `No order ${ref}`);
      return { title: language === 'es' ? 'Comprobante' : 'Pickup slip', body: html`<p>${name}</p>`, qrText: ref };
    },
  });
  await printing.handlers['print.updateSettings'](
    { receiptPrinter: 'kiosk-receipt', sheetPrinter: 'kiosk-sheet', sheetSize: 'letter' },
    { setAuditDetail: () => undefined } as never,
  );
  return {
    platform,
    printing,
    close: async () => {
      await printing.close?.();
      await store.close();
    },
  };
}

const DAY = 24 * 3600 * 1000;

/** Documents of the three areas (kind prefixes decide retention), printed from the same patron map. */
function registerAreaDocuments(kit: Kit): void {
  const docs = [
    ['nurse.referral', 'sheet', 'Referral'],
    ['grocery.receipt', 'receipt', 'Receipt'],
    ['hive.roster', 'sheet', 'Roster'],
  ] as const;
  for (const [kind, paper, title] of docs) {
    kit.printing.service.registerDocument(kind, { paper, roles: ['admin'], render: (ref) => ({ title, body: html`<p>${patrons.get(ref) ?? ''}</p>` }) });
  }
}

async function setRetention(kit: Kit, days: { grocery: number; hive: number; nurse: number }): Promise<void> {
  const s = kit.platform.settings.get();
  await kit.platform.settings.update({ ...s, retentionDays: { ...s.retentionDays, ...days } });
}

const jobIds = (kit: Kit): string[] => (kit.printing.handlers['print.jobs']({ limit: 200 }, { session: { role: 'admin' } } as never) as { items: PrintJob[] }).items.map((j) => j.id);

const jobOf = (kit: Kit, id: string): PrintJob => {
  const found = (kit.printing.handlers['print.jobs']({ limit: 200 }, { session: { role: 'admin' } } as never) as { items: PrintJob[] }).items.find((j) => j.id === id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
};

describe('print queue', () => {
  let dataDir: string;
  let clock: ReturnType<typeof fakeClock>;
  let cups: ReturnType<typeof fakeCups>;
  let kit: Kit;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-print-'));
    clock = fakeClock();
    cups = fakeCups();
    kit = await open(dataDir, clock, cups);
  });
  afterEach(async () => {
    await kit.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints at once when the printer is ready, with patron text escaped', async () => {
    const outcome = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'es' }, { waitMs: 2000 });
    expect(outcome.status).toBe('done');
    expect(cups.printed).toHaveLength(1);
    expect(cups.printed[0]?.printer).toBe('kiosk-receipt');
    expect(cups.printed[0]?.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(cups.printed[0]?.text).toContain('Comprobante');
    expect(jobOf(kit, outcome.jobId)).toMatchObject({ status: 'done', attempts: 1, language: 'es', paper: 'receipt', problem: null });
  });

  it('waits on a stopped printer with growing pauses and a staff alert, then prints once', async () => {
    cups.states.set('kiosk-receipt', 'stopped');
    const { jobId, status } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    expect(status).toBe('queued');
    expect(jobOf(kit, jobId)).toMatchObject({ attempts: 1, problem: 'printer-stopped', nextAttemptAt: '2026-03-02T10:00:02.000Z' });
    expect(kit.platform.alerts.list().map((a) => [a.code, a.params.count])).toEqual([['print.jobs-waiting', 1]]);

    clock.advance(1999);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId).attempts).toBe(1);

    clock.advance(1);
    await kit.printing.queue.runDue();
    // Second wait is twice the first.
    expect(jobOf(kit, jobId)).toMatchObject({ attempts: 2, status: 'queued', nextAttemptAt: '2026-03-02T10:00:06.000Z' });
    expect(cups.printed).toHaveLength(0);

    cups.states.set('kiosk-receipt', 'ready');
    clock.advance(4000);
    await kit.printing.queue.runDue();
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId)).toMatchObject({ status: 'done', attempts: 3, problem: null });
    expect(cups.printed.map((p) => p.jobId)).toEqual([jobId]);
    expect(kit.platform.alerts.list()).toEqual([]);
  });

  it('retries a refused job with back-off and gives up after the limit until staff reprint', async () => {
    cups.refuseNext(5);
    const { jobId, status } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    expect(status).toBe('failed');
    expect(jobOf(kit, jobId)).toMatchObject({ problem: 'submit-failed', lastError: 'lp: client-error-not-possible', nextAttemptAt: '2026-03-02T10:00:01.000Z' });
    expect(kit.platform.alerts.list().map((a) => a.code)).toEqual(['print.jobs-failed']);
    clock.advance(1000);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId)).toMatchObject({ attempts: 2, status: 'failed', nextAttemptAt: '2026-03-02T10:00:03.000Z' });
    clock.advance(2000);
    await kit.printing.queue.runDue();
    // Third failure reaches maxFailedAttempts: no more automatic tries.
    expect(jobOf(kit, jobId)).toMatchObject({ attempts: 3, status: 'failed', nextAttemptAt: null });
    clock.advance(60_000);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId).attempts).toBe(3);

    cups.refuseNext(0);
    const again = await kit.printing.queue.reprint(jobId, 2000);
    expect(again).toEqual({ jobId, status: 'done' });
    expect(cups.printed).toHaveLength(1);
  });

  it('does not count a long wait as failures', async () => {
    cups.states.set('kiosk-receipt', 'stopped');
    const { jobId } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    for (let i = 0; i < 6; i++) {
      clock.advance(8000);
      await kit.printing.queue.runDue();
    }
    expect(jobOf(kit, jobId)).toMatchObject({ attempts: 7, failures: 0, status: 'queued', nextAttemptAt: '2026-03-02T10:00:56.000Z' });
    cups.states.set('kiosk-receipt', 'ready');
    cups.refuseNext(1);
    clock.advance(8000);
    await kit.printing.queue.runDue();
    // One failure of three allowed: it will try again after the first failure pause.
    expect(jobOf(kit, jobId)).toMatchObject({ attempts: 8, failures: 1, status: 'failed', nextAttemptAt: '2026-03-02T10:00:57.000Z' });
    clock.advance(1000);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId).status).toBe('done');
  });

  it('resumes waiting and interrupted jobs after a restart', async () => {
    cups.states.set('kiosk-receipt', 'stopped');
    const waiting = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    await kit.close();

    // A job that was being printed when the power went: written as `printing` on disk.
    const store = await Store.open({ dataDir, clock, secretCodec: aesGcmCodec(key) });
    const jobs = await store.records({ name: 'print-jobs', schema: printJobSchema, version: 1, partitionOf: (j) => monthOf(j.createdAt) });
    const at = clock.now().toISOString();
    await jobs.insert({ ...jobs.get(waiting.jobId)!, id: 'interrupted', status: 'printing', attempts: 1, problem: null, nextAttemptAt: null, createdAt: at, updatedAt: at });
    await store.close();

    cups.states.set('kiosk-receipt', 'ready');
    clock.advance(10_000);
    kit = await open(dataDir, clock, cups);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, waiting.jobId).status).toBe('done');
    expect(jobOf(kit, 'interrupted').status).toBe('done');
    expect(cups.printed.map((p) => p.jobId).sort()).toEqual([waiting.jobId, 'interrupted'].sort());
  });

  it('cancels a waiting job for good, and refuses to cancel a printed one', async () => {
    cups.states.set('kiosk-receipt', 'stopped');
    const { jobId } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    await kit.printing.queue.cancel(jobId);
    cups.states.set('kiosk-receipt', 'ready');
    clock.advance(60_000);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId).status).toBe('cancelled');
    expect(cups.printed).toHaveLength(0);
    expect(kit.platform.alerts.list()).toEqual([]);

    const done = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    await expect(kit.printing.queue.cancel(done.jobId)).rejects.toMatchObject({ code: 'print.job-finished' });
  });

  it('redirects a waiting job to the other printer or the PDF folder', async () => {
    cups.states.set('kiosk-receipt', 'stopped');
    const { jobId } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    expect(await kit.printing.queue.redirect(jobId, 'kiosk-sheet', 2000)).toEqual({ jobId, status: 'done' });
    expect(cups.printed).toEqual([expect.objectContaining({ jobId, printer: 'kiosk-sheet' })]);

    // A printed job sent elsewhere is a new copy; the PDF folder is always there.
    const copy = await kit.printing.queue.redirect(jobId, '@pdf-folder', 2000);
    expect(copy.jobId).not.toBe(jobId);
    expect(copy.status).toBe('done');
    expect(readdirSync(path.join(dataDir, 'pdf'))).toEqual([`Pickup-slip-${copy.jobId}.pdf`]);
  });

  it('purges finished jobs and saved PDFs after 30 days, keeps pending ones', async () => {
    const saved = await kit.printing.queue.redirect((await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 })).jobId, '@pdf-folder', 2000);
    cups.states.set('kiosk-receipt', 'stopped');
    const waiting = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    const pdfDir = path.join(dataDir, 'pdf');
    const old = new Date(clock.now().getTime() - 31 * 24 * 3600 * 1000);
    for (const name of readdirSync(pdfDir)) utimesSync(path.join(pdfDir, name), old, old);

    await kit.printing.purge?.(new Date(clock.now().getTime() + 29 * 24 * 3600 * 1000));
    expect(() => jobOf(kit, saved.jobId)).not.toThrow();
    await kit.printing.purge?.(new Date(clock.now().getTime() + 31 * 24 * 3600 * 1000));
    expect(() => jobOf(kit, saved.jobId)).toThrow();
    expect(jobOf(kit, waiting.jobId).status).toBe('queued');
    expect(readdirSync(pdfDir)).toEqual([]);
  });

  it('keeps saved PDFs and finished jobs as long as their area keeps its data, other kinds 30 days', async () => {
    registerAreaDocuments(kit);
    await setRetention(kit, { nurse: 1, grocery: 90, hive: 365 });
    await kit.printing.handlers['print.updateSettings']({ receiptPrinter: '@pdf-folder', sheetPrinter: '@pdf-folder', sheetSize: 'letter' }, { setAuditDetail: () => undefined } as never);
    const printed = new Map<string, string>();
    for (const kind of ['nurse.referral', 'grocery.receipt', 'hive.roster', 'test.slip']) {
      const { jobId, status } = await kit.printing.service.print({ kind, ref: 'order-1', language: 'en' }, { waitMs: 2000 });
      expect(status).toBe('done');
      printed.set(kind, jobId);
    }
    const pdfDir = path.join(dataDir, 'pdf');
    // A PDF whose job is gone gets the shortest period of all (here the nurse's day).
    writeFileSync(path.join(pdfDir, 'Referral-no-such-job.pdf'), '%PDF-fake');
    // Files carry the machine's time: date them by the test clock, like the jobs.
    for (const name of readdirSync(pdfDir)) utimesSync(path.join(pdfDir, name), clock.now(), clock.now());
    const left = (): { jobs: string[]; pdfs: string[] } => {
      const kindOf = (id: string): string => [...printed].find(([, jobId]) => jobId === id)?.[0] ?? id;
      const pdfKind = (name: string): string => [...printed].find(([, id]) => name.endsWith(`-${id}.pdf`))?.[0] ?? name;
      return { jobs: jobIds(kit).map(kindOf).sort(), pdfs: readdirSync(pdfDir).map(pdfKind).sort() };
    };
    const all = ['grocery.receipt', 'hive.roster', 'nurse.referral', 'test.slip'];
    const at = (days: number): Date => new Date(clock.now().getTime() + days * DAY);

    await kit.printing.purge?.(at(0.5));
    expect(left()).toEqual({ jobs: all, pdfs: ['Referral-no-such-job.pdf', ...all] });
    await kit.printing.purge?.(at(2));
    expect(left()).toEqual({ jobs: ['grocery.receipt', 'hive.roster', 'test.slip'], pdfs: ['grocery.receipt', 'hive.roster', 'test.slip'] });
    await kit.printing.purge?.(at(31));
    expect(left()).toEqual({ jobs: ['grocery.receipt', 'hive.roster'], pdfs: ['grocery.receipt', 'hive.roster'] });
    await kit.printing.purge?.(at(91));
    expect(left()).toEqual({ jobs: ['hive.roster'], pdfs: ['hive.roster'] });
  });

  it('cancels a job not printed within 7 days with a reason instead of printing it, then purges it with its area', async () => {
    registerAreaDocuments(kit);
    await setRetention(kit, { nurse: 1, grocery: 90, hive: 365 });
    cups.states.set('kiosk-sheet', 'stopped');
    const waiting = await kit.printing.service.print({ kind: 'nurse.referral', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    cups.refuseNext(1);
    const failed = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    expect([waiting.status, failed.status]).toEqual(['queued', 'failed']);
    expect(kit.platform.alerts.list().map((a) => a.code)).toEqual(['print.jobs-waiting', 'print.jobs-failed']);

    // A week later nobody is waiting for them any more: no alert, even before the worker runs.
    clock.advance(7 * DAY);
    expect(kit.platform.alerts.list()).toEqual([]);
    cups.states.set('kiosk-sheet', 'ready');
    await kit.printing.queue.runDue();
    for (const id of [waiting.jobId, failed.jobId]) {
      expect(jobOf(kit, id)).toMatchObject({ status: 'cancelled', problem: 'expired', lastError: expect.stringContaining('7 days'), nextAttemptAt: null });
    }
    expect(cups.printed).toEqual([]);

    // Cancelled, it follows its area's retention: the nurse's 1 day, 30 days for the rest.
    await kit.printing.purge?.(new Date(clock.now().getTime() + 2 * DAY));
    expect(jobIds(kit)).toEqual([failed.jobId]);
    // Asked for again, it prints as a new job.
    const again = await kit.printing.queue.reprint(failed.jobId, 2000);
    expect(again.jobId).not.toBe(failed.jobId);
    expect(again.status).toBe('done');
  });

  it('cancels a failed job that stopped retrying once it is a week old, at purge', async () => {
    cups.refuseNext(3);
    const { jobId } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    for (let i = 0; i < 3; i++) {
      clock.advance(4000);
      await kit.printing.queue.runDue();
    }
    expect(jobOf(kit, jobId)).toMatchObject({ status: 'failed', nextAttemptAt: null });
    await kit.printing.purge?.(new Date(clock.now().getTime() + 6 * DAY));
    expect(jobOf(kit, jobId).status).toBe('failed');
    clock.advance(7 * DAY);
    await kit.printing.purge?.(clock.now());
    expect(jobOf(kit, jobId)).toMatchObject({ status: 'cancelled', problem: 'expired' });
    expect(kit.platform.alerts.list()).toEqual([]);
  });

  it('clears spool PDFs left behind by a crash, at open and at purge', async () => {
    await kit.close();
    const spool = path.join(dataDir, 'print-spool');
    mkdirSync(spool);
    const aged = (name: string, ms: number): void => {
      writeFileSync(path.join(spool, name), '%PDF-fake');
      const at = new Date(clock.now().getTime() - ms);
      utimesSync(path.join(spool, name), at, at);
    };
    aged('crashed.pdf', 2 * 3600_000);
    aged('recent.pdf', 10 * 60_000);
    kit = await open(dataDir, clock, cups);
    expect(readdirSync(spool)).toEqual(['recent.pdf']);
    await kit.printing.purge?.(new Date(clock.now().getTime() + 3600_000));
    expect(readdirSync(spool)).toEqual([]);
  });

  it('waits without a printer assigned and prints once one is', async () => {
    await kit.printing.handlers['print.updateSettings']({ receiptPrinter: null, sheetPrinter: 'kiosk-sheet', sheetSize: 'a4' }, { setAuditDetail: () => undefined } as never);
    const { jobId, status } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-1', language: 'en' }, { waitMs: 2000 });
    expect(status).toBe('queued');
    expect(jobOf(kit, jobId)).toMatchObject({ printer: null, problem: 'no-printer' });
    await kit.printing.handlers['print.updateSettings']({ receiptPrinter: 'kiosk-receipt', sheetPrinter: 'kiosk-sheet', sheetSize: 'a4' }, { setAuditDetail: () => undefined } as never);
    clock.advance(2000);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId)).toMatchObject({ status: 'done', printer: 'kiosk-receipt' });
  });

  it('refuses unknown documents and records up front, and fails a job whose record vanished', async () => {
    await expect(kit.printing.service.print({ kind: 'nope.doc', ref: 'x', language: 'en' })).rejects.toMatchObject({ code: 'print.unknown-document' });
    await expect(kit.printing.service.print({ kind: 'test.slip', ref: 'order-404', language: 'en' })).rejects.toMatchObject({ code: 'not-found' });

    patrons.set('order-2', 'Ana');
    cups.states.set('kiosk-receipt', 'stopped');
    const { jobId } = await kit.printing.service.print({ kind: 'test.slip', ref: 'order-2', language: 'en' }, { waitMs: 2000 });
    patrons.delete('order-2');
    cups.states.set('kiosk-receipt', 'ready');
    clock.advance(2000);
    await kit.printing.queue.runDue();
    expect(jobOf(kit, jobId)).toMatchObject({ status: 'failed', problem: 'document-missing', nextAttemptAt: null });
  });
});

/** The value of a successful call, typed from the contract. */
async function call<N extends OperationName>(backend: Backend, name: N, input: OperationInput<N>, who: Caller): Promise<OperationOutput<N>> {
  const result = await backend.dispatch(name, input, who);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.value as OperationOutput<N>;
}

describe('print operations through the dispatcher', () => {
  it('lets staff see the queue and preview, and only admins change printers', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-print-ops-'));
    const cups = fakeCups();
    const backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(key), demo: true, clock: fakeClock(), printing: { engine: fakeEngine, system: cups.system, tickMs: 0 } });
    try {
      const patron = caller('test-patron');
      expect(await backend.dispatch('print.jobs', {}, patron)).toMatchObject({ ok: false, error: { code: 'sign-in-required' } });

      const librarian = caller('test-librarian');
      await backend.dispatch('staff.signIn', demoCredentials(backend, 'librarian'), librarian);
      expect(await backend.dispatch('print.updateSettings', { receiptPrinter: 'kiosk-receipt', sheetPrinter: null, sheetSize: 'letter' }, librarian)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });

      const admin = caller('test-admin');
      await backend.dispatch('staff.signIn', demoCredentials(backend, 'admin'), admin);
      expect(await backend.dispatch('print.updateSettings', { receiptPrinter: 'no-such-queue', sheetPrinter: null, sheetSize: 'letter' }, admin)).toMatchObject({
        ok: false,
        error: { code: 'print.unknown-printer' },
      });
      expect(await backend.dispatch('print.updateSettings', { receiptPrinter: 'kiosk-receipt', sheetPrinter: 'kiosk-sheet', sheetSize: 'a4' }, admin)).toMatchObject({ ok: true });
      const printers = await call(backend, 'print.listPrinters', {}, admin);
      expect(printers.map((p) => p.name)).toEqual(['kiosk-receipt', 'kiosk-sheet', '@pdf-folder']);

      const test = await backend.dispatch('print.testPage', { paper: 'sheet' }, admin);
      expect(test).toMatchObject({ ok: true, value: { status: 'done' } });
      expect(cups.printed).toEqual([expect.objectContaining({ printer: 'kiosk-sheet' })]);
      expect(cups.printed[0]?.text).toContain('@page { size: A4; margin: 12.7mm; }');

      const jobs = await call(backend, 'print.jobs', {}, librarian);
      expect(jobs.items.map((j) => [j.kind, j.ref, j.status])).toEqual([['print.test', 'sheet', 'done']]);

      const preview = await call(backend, 'print.preview', { kind: 'print.test', ref: 'receipt', language: 'es' }, librarian);
      expect(preview).toMatchObject({ paper: 'receipt', widthMm: 80, heightMm: null, language: 'es', title: 'Página de prueba de la impresora' });
      expect(preview.bodyHtml).toContain('TEST-RECEIPT');
      expect(preview.bodyHtml).not.toContain('<style');

      const again = await backend.dispatch('print.request', { kind: 'print.test', ref: 'receipt', language: 'en' }, librarian);
      expect(again).toMatchObject({ ok: true, value: { status: 'done' } });
      expect(await backend.dispatch('print.request', { kind: 'print.test', ref: 'nothing', language: 'en' }, librarian)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const audit = await call(backend, 'audit.list', {}, admin);
      expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['print.updateSettings', 'print.testPage', 'print.request']));
    } finally {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
