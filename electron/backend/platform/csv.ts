// Every CSV the kiosk writes and reads. Cells a spreadsheet would run as a formula (=, +, -, @, tab,
// CR) get a leading apostrophe on the way out, and lose it on the way back in, so a file staff
// export and import again comes back unchanged, and one opened in a spreadsheet runs nothing.
import Papa from 'papaparse';

/** Also a leading apostrophe itself, so `'=x` typed by staff survives the round trip. */
const FORMULA_START = /^[=+\-@\t\r']/;
const ESCAPED = /^'[=+\-@\t\r']/;

export function toCsv(fields: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** Rows as header → cell text, with the export's formula escaping undone. BOM and header case are the caller's to normalise. */
export function parseCsv(text: string, options: { transformHeader?: (header: string) => string } = {}): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: options.transformHeader,
    transform: (value) => (ESCAPED.test(value) ? value.slice(1) : value),
  });
}
