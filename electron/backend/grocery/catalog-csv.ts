import type { CatalogItem } from '../../../shared/contract/grocery';
import { csvColumnsFor, itemsFromRows, rowsFromItems, type CsvLanguages, type CsvRowError } from '../../../shared/domain/grocery-catalog-csv';
import type { LanguageCode } from '../../../shared/languages';
import { parseCsv, toCsv } from '../platform/csv';

/** Parses catalog CSV text with papaparse and checks every row. Quoted fields, commas and BOMs are papaparse's job. */
export function parseCatalogCsv(text: string): { ok: true; items: CatalogItem[]; languages: CsvLanguages } | { ok: false; errors: CsvRowError[] } {
  const parsed = parseCsv(text, { transformHeader: (h) => h.trim().toLowerCase() });
  const header = parsed.meta.fields ?? [];
  // A row with too many or too few cells is reported as that row's problem.
  const shapeErrors: CsvRowError[] = parsed.errors
    .filter((e) => e.type === 'FieldMismatch' || e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? 0) + 2, column: '', code: 'required' }));
  const checked = itemsFromRows(header, parsed.data);
  if (shapeErrors.length > 0) return { ok: false, errors: [...shapeErrors, ...(checked.ok ? [] : checked.errors)].sort((a, b) => a.row - b.row) };
  return checked;
}

/** The catalog with one text column per language in `languages`. */
export function catalogToCsv(items: readonly CatalogItem[], languages: readonly LanguageCode[]): string {
  const columns = csvColumnsFor(languages);
  return toCsv(columns, rowsFromItems(items, languages).map((row) => columns.map((c) => row[c] ?? '')));
}
