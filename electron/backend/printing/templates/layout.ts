/**
 * Page layout of every printed document: a complete HTML file with print CSS, testable in plain Node.
 *
 * A feature's template returns only `{ title, body, qrText }` (see print-api.ts); this file adds the
 * branch header (name, address), the QR code, the footer (opening hours, phone, date and time in the
 * branch's time zone and the document's language) and the page CSS for the paper:
 * - receipt: 80 mm wide, 72 mm of content, as long as the content, no page margins;
 * - sheet: Letter (default) or A4, 12.7 mm margins; an optional English copy follows on a new page.
 *
 * Helpers for bodies (all return SafeHtml, escape their text, and use the classes styled here):
 * `fieldList([[label, value], …])`, `bigNumber(label, value)`, `section(heading, content)`,
 * `itemTable(headers, rows)`, `note(text)`. Dates, times and money: shared/domain/format.ts, as on screen.
 */
import QRCode from 'qrcode';
import type { Settings } from '../../../../shared/contract/platform';
import { pageSizeOf, RECEIPT_CONTENT_MM, type PaperKind, type SheetSize } from '../../../../shared/domain/print-jobs';
import { formatDateTime, formatPhone } from '../../../../shared/domain/format';
import { directionOf, languageList, type LanguageCode, type LanguageDef } from '../../../../shared/languages';
import { textIn } from '../../../../shared/localised-text';
import type { RenderedDocument } from '../print-api';
import { html, trusted, type SafeHtml } from './html';
import { translatorFor } from './translator';

export type Branch = Settings['branch'];

/** Page of a document, as the PDF engine and the printer need it. Height null: as long as the content. */
export type PageSpec = { widthMm: number; heightMm: number | null; marginMm: number };

export type LaidOutDocument = {
  title: string;
  language: LanguageCode;
  paper: PaperKind;
  page: PageSpec;
  /** The complete file that becomes the PDF. */
  html: string;
  /** Its stylesheet and body, for the staff preview (the app's CSP allows no inline <style>). */
  css: string;
  bodyHtml: string;
};

export type LayoutInput = {
  paper: PaperKind;
  sheetSize: SheetSize;
  branch: Branch;
  now: Date;
  /** The document in the patron's language first, then (sheets) an English copy for staff. */
  parts: { language: LanguageCode; document: RenderedDocument }[];
};

const SHEET_MARGIN_MM = 12.7;

export function pageSpecOf(paper: PaperKind, sheetSize: SheetSize): PageSpec {
  const size = pageSizeOf(paper, sheetSize);
  return { ...size, marginMm: paper === 'receipt' ? 0 : SHEET_MARGIN_MM };
}

/** Label / value lines ("Pickup: Tuesday 12–1"). */
export const fieldList = (rows: readonly (readonly [string, string | SafeHtml])[]): SafeHtml =>
  html`<dl class="fields">${rows.map(([label, value]) => html`<div class="field"><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;

/** A number people read aloud or show at the desk: ticket A-12, order 7KQ4. */
export const bigNumber = (label: string, value: string): SafeHtml =>
  html`<div class="big-number"><p class="big-number-label">${label}</p><p class="big-number-value">${value}</p></div>`;

export const section = (heading: string, content: SafeHtml): SafeHtml => html`<section class="part"><h2>${heading}</h2>${content}</section>`;

export const note = (text: string): SafeHtml => html`<p class="note">${text}</p>`;

/** A simple table; the last column is right-aligned (amounts, counts). */
export const itemTable = (headers: readonly string[], rows: readonly (readonly (string | SafeHtml)[])[]): SafeHtml =>
  html`<table class="items"><thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`,
  )}</tbody></table>`;

const baseFonts = '"DejaVu Sans", "Noto Sans", Arial, sans-serif';
const languages: readonly LanguageDef[] = languageList;
/** Each language's own script fonts first (Arabic letters from Noto Sans Arabic), the base fonts for the rest. */
const languageFontCss = languages
  .filter((l) => l.printFonts && l.printFonts.length > 0)
  .map((l) => `.doc:lang(${l.code}) { font-family: ${(l.printFonts ?? []).map((f) => `"${f}"`).join(', ')}, ${baseFonts}; }`)
  .join('\n');

/** Print CSS: black on white (thermal heads print no grey backgrounds), system fonts, mm units, logical sides (Arabic mirrors). */
export function documentCss(paper: PaperKind, sheetSize: SheetSize): string {
  const page = pageSpecOf(paper, sheetSize);
  const pageRule =
    paper === 'receipt'
      ? `@page { margin: 0; }` // width and height are given to the PDF engine (height = content)
      : `@page { size: ${sheetSize === 'a4' ? 'A4' : 'letter'}; margin: ${page.marginMm}mm; }`;
  return `${pageRule}
html, body { margin: 0; padding: 0; background: #fff; }
.doc { color: #000; background: #fff; font-family: ${baseFonts}; line-height: 1.3; box-sizing: border-box; overflow-wrap: anywhere; font-variant-ligatures: none; }
.doc *, .doc *::before, .doc *::after { box-sizing: border-box; }
.doc-receipt { width: 80mm; padding: 3mm ${(80 - RECEIPT_CONTENT_MM) / 2}mm 6mm; font-size: 10pt; }
.doc-sheet { width: 100%; font-size: 11pt; }
.doc-sheet + .doc-sheet { break-before: page; }
.doc-head { text-align: center; border-bottom: 0.4mm solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.doc-sheet .doc-head { text-align: start; display: flex; justify-content: space-between; gap: 6mm; }
.branch-name { font-size: 1.3em; font-weight: 700; margin: 0; }
.branch-address, .branch-phone { margin: 0.5mm 0 0; }
.doc-title { font-size: 1.25em; margin: 0 0 3mm; text-align: center; }
.doc-sheet .doc-title { text-align: start; font-size: 1.6em; }
.copy-label { font-size: 0.9em; font-style: italic; margin: 0 0 2mm; }
.doc-body p { margin: 0 0 2mm; }
.doc-body h2 { font-size: 1.05em; margin: 3mm 0 1mm; }
.fields { margin: 0 0 2mm; }
.field { display: flex; gap: 2mm; margin: 0 0 1mm; }
.field dt { font-weight: 700; min-width: 22mm; }
.field dd { margin: 0; }
.big-number { text-align: center; margin: 2mm 0 3mm; }
.big-number-label { margin: 0; font-size: 0.95em; }
.big-number-value { margin: 0; font-size: 28pt; font-weight: 700; letter-spacing: 0.05em; }
.note { font-size: 0.9em; border-top: 0.2mm dashed #000; padding-top: 1.5mm; }
.items { width: 100%; border-collapse: collapse; margin: 0 0 2mm; }
.items th, .items td { text-align: start; padding-block: 0.6mm; padding-inline: 0 1mm; border-bottom: 0.2mm solid #000; vertical-align: top; }
.items th:last-child, .items td:last-child { text-align: end; padding-inline-end: 0; }
/* Patron names and item names keep the direction of their own script, on a staff copy too. */
.doc td, .doc dd { unicode-bidi: plaintext; }
.part { break-inside: avoid; }
/* Impact charts (SVG from ECharts) keep their aspect and never split across pages. */
.chart { break-inside: avoid; margin: 0 0 3mm; }
.chart svg { width: 100%; height: auto; display: block; }
.doc-qr { text-align: center; margin: 3mm 0; break-inside: avoid; }
.doc-qr-code { width: 26mm; height: 26mm; margin: 0 auto; }
.doc-qr-code svg { width: 100%; height: 100%; display: block; }
.doc-qr-text { margin: 1mm 0 0; font-size: 0.9em; font-family: "DejaVu Sans Mono", monospace; }
.doc-foot { border-top: 0.4mm solid #000; padding-top: 2mm; margin-top: 3mm; font-size: 0.85em; }
.doc-foot p { margin: 0 0 1mm; }
.hours { white-space: pre-line; }
.rule { border-top: 0.4mm solid #000; margin: 2mm 0; }
${languageFontCss}
`;
}

async function qrSvg(text: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  return trusted(svg);
}

async function layoutPart(input: LayoutInput, part: LayoutInput['parts'][number], isCopy: boolean): Promise<SafeHtml> {
  const { branch, paper } = input;
  const t = translatorFor(part.language);
  const doc = part.document;
  const qr = doc.qrText ? await qrSvg(doc.qrText) : null;
  const hours = textIn(branch.hours, part.language).trim();
  return html`<article class="doc doc-${paper}" lang="${part.language}" dir="${directionOf(part.language)}">
<header class="doc-head"><div><p class="branch-name">${branch.name}</p>${branch.address ? html`<p class="branch-address">${branch.address}</p>` : null}</div>${
    branch.phone ? html`<p class="branch-phone">${t('print.doc.phone', { phone: formatPhone(branch.phone) })}</p>` : null
  }</header>
${isCopy ? html`<p class="copy-label">${t('print.doc.englishCopy')}</p>` : null}
<h1 class="doc-title">${doc.title}</h1>
<div class="doc-body">${doc.body}</div>
${
  qr && doc.qrText
    ? html`<div class="doc-qr"><div class="doc-qr-code" role="img" aria-label="${t('print.doc.scanHint')}">${qr}</div><p class="doc-qr-text">${doc.qrText}</p></div>`
    : null
}
<footer class="doc-foot">${hours ? html`<p><strong>${t('print.doc.hours')}</strong></p><p class="hours">${hours}</p>` : null}<p class="printed-at">${t('print.doc.printedAt', {
    date: formatDateTime(input.now, part.language, branch.timeZone),
  })}</p></footer>
</article>`;
}

/** Lays out a document for its paper. The English copy is only added to sheets. */
export async function layoutDocument(input: LayoutInput): Promise<LaidOutDocument> {
  const first = input.parts[0];
  if (!first) throw new Error('layoutDocument needs at least one part');
  const parts = input.paper === 'sheet' ? input.parts : [first];
  const articles: SafeHtml[] = [];
  for (const [i, part] of parts.entries()) articles.push(await layoutPart(input, part, i > 0));
  const css = documentCss(input.paper, input.sheetSize);
  const bodyHtml = html`${articles}`.value;
  // No script and no network, whoever renders this (Chromium, Electron, a browser preview).
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const page = html`<!doctype html>
<html lang="${first.language}" dir="${directionOf(first.language)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>${first.document.title}</title><style>${trusted(
    css,
  )}</style></head>
<body class="paper-${input.paper}">${trusted(bodyHtml)}</body></html>`;
  return {
    title: first.document.title,
    language: first.language,
    paper: input.paper,
    page: pageSpecOf(input.paper, input.sheetSize),
    html: page.value,
    css,
    bodyHtml,
  };
}
