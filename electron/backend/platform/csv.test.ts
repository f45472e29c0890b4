import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('CSV cells', () => {
  const tricky = ['=HYPERLINK("http://x","y")', '+1 555 010 1234', '-2+3', '@SUM(A1)', "'=already quoted", "'Tis the season", 'plain, with "quotes"', 'línea\nnueva'];

  it('escapes every cell a spreadsheet would run as a formula', () => {
    const csv = toCsv(['value'], tricky.map((v) => [v]));
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(lines[2]).toBe(`"'+1 555 010 1234"`);
    expect(lines[3]).toBe(`"'-2+3"`);
    expect(lines[4]).toBe(`"'@SUM(A1)"`);
    for (const line of lines.slice(1)) expect(line.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });

  it('reads its own output back unchanged', () => {
    const csv = toCsv(['value', 'n'], tricky.map((v, i) => [v, i]));
    expect(parseCsv(csv).data).toEqual(tricky.map((v, i) => ({ value: v, n: String(i) })));
  });
});
