import { describe, expect, it } from 'vitest';
import { html } from './html';
import { documentCss, fieldList, layoutDocument, pageSpecOf, type Branch } from './layout';
import { translatorFor } from './translator';
import { setNumberingSystems } from '../../../../shared/languages';
import { formatMoney } from '../../../../shared/domain/format';

const branch: Branch = {
  name: 'Eastside <Branch> & Co',
  address: '400 Harbor Street',
  phone: '(555) 010-4400',
  hours: { en: 'Mon–Thu 10:00–20:00\nSun closed', es: 'Lun–Jue 10:00–20:00\nDom cerrado' },
  timeZone: 'America/Chicago',
};
// 15:30 UTC is 9:30 in Chicago in January.
const now = new Date('2026-01-15T15:30:00.000Z');
const evil = '<script>alert(1)</script>';

const slip = (language: 'en' | 'es') => {
  const t = translatorFor(language);
  return {
    title: t('print.testPage.title'),
    body: html`<p class="patron">${evil}</p>${fieldList([['Name', evil]])}`,
    qrText: 'ORDER-7KQ4',
  };
};

describe('document layout', () => {
  it('prints branch, title, body, QR code and the time in the branch time zone and language', async () => {
    const doc = await layoutDocument({ paper: 'receipt', sheetSize: 'letter', branch, now, parts: [{ language: 'es', document: slip('es') }] });
    expect(doc.html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.html).toContain('<html lang="es" dir="ltr">');
    expect(doc.html).toContain('Eastside &lt;Branch&gt; &amp; Co');
    expect(doc.html).toContain('400 Harbor Street');
    expect(doc.html).toContain('Horario');
    // The branch hours in the slip's language (issue 9: they were printed in English on Spanish slips).
    expect(doc.html).toContain('Lun–Jue 10:00–20:00\nDom cerrado');
    expect(doc.html).toContain('Página de prueba de la impresora');
    expect(doc.html).toMatch(/Impreso el 15 ene 2026, 9:30\sa\.\s?m\./);
    expect(doc.html).toMatch(/<svg[^>]*viewBox/);
    expect(doc.html).toContain('ORDER-7KQ4');
    // No script can run and nothing is fetched, whoever renders the file.
    expect(doc.html).toContain('content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"');
    expect(doc.bodyHtml).not.toContain('<style');
    expect(doc.css).toContain('.doc-receipt');
  });

  it('prints patron-entered markup as text', async () => {
    const doc = await layoutDocument({ paper: 'receipt', sheetSize: 'letter', branch, now, parts: [{ language: 'en', document: slip('en') }] });
    expect(doc.html).not.toContain('<script>');
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.html.match(/&lt;script&gt;/g)).toHaveLength(2);
  });

  it('gives receipts 80 mm with 72 mm of content and no margins, sheets Letter or A4', () => {
    expect(pageSpecOf('receipt', 'letter')).toEqual({ widthMm: 80, heightMm: null, marginMm: 0 });
    expect(pageSpecOf('sheet', 'letter')).toEqual({ widthMm: 215.9, heightMm: 279.4, marginMm: 12.7 });
    expect(pageSpecOf('sheet', 'a4')).toEqual({ widthMm: 210, heightMm: 297, marginMm: 12.7 });
    expect(documentCss('receipt', 'letter')).toContain('@page { margin: 0; }');
    expect(documentCss('receipt', 'letter')).toMatch(/\.doc-receipt \{ width: 80mm; padding: 3mm 4mm 6mm;/);
    expect(documentCss('sheet', 'letter')).toContain('@page { size: letter; margin: 12.7mm; }');
    expect(documentCss('sheet', 'a4')).toContain('@page { size: A4; margin: 12.7mm; }');
  });

  it('lays out Arabic right to left, in its own font, with the digits the branch chose', async () => {
    const arBranch: Branch = { ...branch, hours: { en: 'Mon–Thu 10:00–20:00', ar: 'الاثنين–الخميس 10:00–20:00' } };
    const t = translatorFor('ar');
    const doc = await layoutDocument({ paper: 'receipt', sheetSize: 'letter', branch: arBranch, now, parts: [{ language: 'ar', document: { title: t('print.testPage.title'), body: html`<p>${formatMoney(1234, 'ar')}</p>` } }] });
    expect(doc.html).toContain('<html lang="ar" dir="rtl">');
    expect(doc.html).toContain('<article class="doc doc-receipt" lang="ar" dir="rtl">');
    expect(doc.css).toContain('.doc:lang(ar) { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans"');
    expect(doc.html).toContain('الاثنين–الخميس 10:00–20:00');
    // The dollar sign stays with "US" in right-to-left text.
    expect(formatMoney(1234, 'ar')).toContain('\u2066US$\u2069');
    expect(formatMoney(1234, 'ar')).toContain('12.34');
    try {
      setNumberingSystems({ ar: 'arab' });
      expect(formatMoney(1234, 'ar')).toContain('١٢٫٣٤');
      const arabicDigits = await layoutDocument({ paper: 'receipt', sheetSize: 'letter', branch: arBranch, now, parts: [{ language: 'ar', document: { title: 'x', body: html`` } }] });
      // Printed 15 January 2026 at 9:30, in Arabic-Indic digits.
      expect(arabicDigits.html).toMatch(/٢٠٢٦/);
    } finally {
      setNumberingSystems({});
    }
  });

  it('adds an English copy on a new page for sheets only', async () => {
    const parts = [
      { language: 'es' as const, document: slip('es') },
      { language: 'en' as const, document: slip('en') },
    ];
    const sheet = await layoutDocument({ paper: 'sheet', sheetSize: 'a4', branch, now, parts });
    expect(sheet.html.match(/<article class="doc doc-sheet"/g)).toHaveLength(2);
    expect(sheet.html).toContain('<article class="doc doc-sheet" lang="en" dir="ltr">');
    expect(sheet.html).toContain('English copy for staff');
    expect(sheet.css).toContain('.doc-sheet + .doc-sheet { break-before: page; }');
    const receipt = await layoutDocument({ paper: 'receipt', sheetSize: 'a4', branch, now, parts });
    expect(receipt.html.match(/<article/g)).toHaveLength(1);
    expect(receipt.html).not.toContain('English copy for staff');
  });

  it('falls back to UTC for an unknown time zone rather than failing the print', async () => {
    const doc = await layoutDocument({ paper: 'receipt', sheetSize: 'letter', branch: { ...branch, timeZone: 'Mars/Olympus' }, now, parts: [{ language: 'en', document: slip('en') }] });
    expect(doc.html).toMatch(/Printed Jan 15, 2026, 3:30\sPM/);
  });

  it('translates per language', () => {
    expect(translatorFor('en')('print.alerts.jobs-waiting', { count: 1 })).toBe('1 print job is waiting for a printer. Open the print queue.');
    expect(translatorFor('es')('print.alerts.jobs-waiting', { count: 3 })).toContain('3 trabajos');
  });
});
