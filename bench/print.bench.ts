// `npm run bench:print`: template → PDF latency with a warm engine (one Chromium, one page,
// reused), as the browser host prints: layout (HTML, QR code) plus Chromium's PDF, per document.
// Receipts include measuring the content height. Last line: RESULT print_pdf_p95_ms=<n>.
import { performance } from 'node:perf_hooks';
import { chromiumPdfEngine } from '../electron/backend/printing/pdf-engine';
import { html } from '../electron/backend/printing/templates/html';
import { formatMoney } from '../shared/domain/format';
import { bigNumber, fieldList, itemTable, layoutDocument, note } from '../electron/backend/printing/templates/layout';
import { translatorFor } from '../electron/backend/printing/templates/translator';
import type { PaperKind } from '../shared/domain/print-jobs';
import type { LanguageCode } from '../shared/languages';

const WARMUP = 5;
const RUNS = 60;
const TARGET_P95_MS = 300;

const branch = {
  name: 'Eastside Branch Library',
  address: '400 Harbor Street, Springfield',
  phone: '(555) 010-4400',
  hours: { en: 'Mon–Thu 10:00–20:00\nFri–Sat 10:00–17:00\nSun closed', es: 'Lun–Jue 10:00–20:00\nVie–Sáb 10:00–17:00\nDom cerrado' },
  timeZone: 'America/New_York',
};

/** A pickup-slip-like receipt and a referral-like sheet, with a different record each time. */
function documentFor(i: number, paper: PaperKind, language: LanguageCode) {
  const t = translatorFor(language);
  const code = `K${(100000 + i * 7919).toString(36).toUpperCase()}`;
  const items = Array.from({ length: paper === 'receipt' ? 8 : 20 }, (_, k) => [`Item ${k + 1} <${i}>`, String(1 + (k % 3)), formatMoney(199 + k * 37, language)]);
  return {
    title: t('print.testPage.title'),
    body: html`${bigNumber('Order', code)}${fieldList([
      ['Name', `Patron ${i} <b>`],
      ['Pickup', 'Tuesday 12:00–13:00'],
    ])}${itemTable(['Item', 'Qty', 'Price'], items)}${note('Pay at pickup: SNAP/EBT, card or cash.')}`,
    qrText: code,
  };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: samples.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
};

async function main(): Promise<void> {
  const engine = chromiumPdfEngine();
  const render = async (i: number, paper: PaperKind): Promise<number> => {
    const started = performance.now();
    const language: LanguageCode = i % 2 === 0 ? 'en' : 'es';
    const doc = await layoutDocument({ paper, sheetSize: 'letter', branch, now: new Date(), parts: [{ language, document: documentFor(i, paper, language) }] });
    const pdf = await engine.toPdf(doc.html, doc.page);
    if (pdf.bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
    return performance.now() - started;
  };
  try {
    const coldStart = performance.now();
    await render(0, 'receipt');
    const coldMs = performance.now() - coldStart;
    for (let i = 1; i <= WARMUP; i++) await render(i, i % 2 === 0 ? 'receipt' : 'sheet');

    const receipt: number[] = [];
    const sheet: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate, as a kiosk would: slips and sheets from one warm page.
      receipt.push(await render(1000 + i, 'receipt'));
      sheet.push(await render(2000 + i, 'sheet'));
    }
    const all = stats([...receipt, ...sheet]);
    const rows = [
      ['receipt 80 mm', stats(receipt)],
      ['sheet Letter', stats(sheet)],
      ['all', all],
    ] as const;
    const fmt = (n: number) => n.toFixed(1).padStart(8);
    console.log(`cold start (launch Chromium + first receipt): ${coldMs.toFixed(0)} ms`);
    console.log('document          renders   p50 ms   p95 ms   max ms');
    for (const [name, s] of rows) console.log(`${name.padEnd(18)}${String(s.n).padStart(7)}${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.max)}`);
    console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${all.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}`);
    console.log(`RESULT print_pdf_p95_ms=${Math.round(all.p95)}`);
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
