import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPdfEngine, findChromium } from './pdf-engine';
import { html } from './templates/html';
import { layoutDocument, pageSpecOf } from './templates/layout';
import { cupsMedia, parseLpstatPrinters } from './printers';

const hasTool = (name: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`]);
    return true;
  } catch {
    return false;
  }
};
const canRender = findChromium() !== null && hasTool('pdfinfo') && hasTool('pdftotext');

const branch = { name: 'Eastside Branch Library', address: '400 Harbor Street', phone: '', hours: { en: 'Mon 10–18' }, timeZone: 'America/New_York' };
const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pdf-'));

/** pdfinfo's page size in mm and the page count, from real PDF bytes. */
function inspect(bytes: Buffer): { widthMm: number; heightMm: number; pages: number; text: string } {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  const mm = (pt: string | undefined) => (Number(pt) / 72) * 25.4;
  return { widthMm: mm(size?.[1]), heightMm: mm(size?.[2]), pages: Number(pages?.[1]), text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) };
}

describe.skipIf(!canRender)('Chromium PDF engine (system Chromium)', () => {
  const engine = chromiumPdfEngine();
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a receipt exactly 80 mm wide and as long as its content, on one page', async () => {
    const lines = (n: number) => html`${Array.from({ length: n }, (_, i) => html`<p>Line ${i + 1}</p>`)}`;
    const render = async (n: number) => {
      const doc = await layoutDocument({ paper: 'receipt', sheetSize: 'letter', branch, now: new Date(), parts: [{ language: 'en', document: { title: 'Pickup slip', body: lines(n), qrText: 'A-12' } }] });
      return engine.toPdf(doc.html, doc.page);
    };
    const short = await render(3);
    const long = await render(40);
    const a = inspect(short.bytes);
    const b = inspect(long.bytes);
    expect(Math.abs(a.widthMm - 80)).toBeLessThan(0.3);
    expect(a.pages).toBe(1);
    expect(b.pages).toBe(1);
    expect(b.heightMm - a.heightMm).toBeGreaterThan(100);
    expect(Math.abs(a.heightMm - short.heightMm)).toBeLessThan(0.5);
    expect(a.text).toContain('Eastside Branch Library');
    expect(a.text).toContain('A-12');
  });

  it('makes Letter and A4 sheets', async () => {
    for (const [size, w, h] of [['letter', 215.9, 279.4], ['a4', 210, 297]] as const) {
      const doc = await layoutDocument({ paper: 'sheet', sheetSize: size, branch, now: new Date(), parts: [{ language: 'es', document: { title: 'Referencia', body: html`<p>Hola</p>` } }] });
      const pdf = inspect((await engine.toPdf(doc.html, pageSpecOf('sheet', size))).bytes);
      expect(Math.abs(pdf.widthMm - w)).toBeLessThan(0.3);
      expect(Math.abs(pdf.heightMm - h)).toBeLessThan(0.3);
      expect(pdf.text).toContain('Referencia');
    }
  });
});

describe('CUPS command output', () => {
  it('reads stopped and ready queues from lpstat -p', () => {
    const out = 'printer kiosk-receipt disabled since Sun Nov 29 02:25:20 2026 -\n\tPaused\nprinter kiosk-sheet is idle.  enabled since Sun Nov 29 02:20:19 2026\n';
    expect(parseLpstatPrinters(out)).toEqual([
      { name: 'kiosk-receipt', state: 'stopped' },
      { name: 'kiosk-sheet', state: 'ready' },
    ]);
  });

  it('asks CUPS for the exact paper', () => {
    expect(cupsMedia({ widthMm: 215.9, heightMm: 279.4 })).toBe('Letter');
    expect(cupsMedia({ widthMm: 210, heightMm: 297 })).toBe('A4');
    expect(cupsMedia({ widthMm: 80, heightMm: 143.26 })).toBe('Custom.80x143.26mm');
  });
});
