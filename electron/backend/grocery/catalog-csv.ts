import type { CatalogItem, OrderLine } from '../../../shared/contract/grocery';
import { csvColumnsFor, itemsFromRows, rowsFromItems, type CsvLanguages, type CsvRowError } from '../../../shared/domain/grocery-catalog-csv';
import { FALLBACK_LANGUAGE, type LanguageCode } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
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

/** The store's combined order, in English (the store's language): one line per item with the total quantity across the window's orders. */
export function storeOrderCsv(windowKey: string, orders: readonly { number: string; lines: readonly OrderLine[] }[]): string {
  const byItem = new Map<string, { line: OrderLine; quantity: number; orders: string[] }>();
  for (const order of orders) {
    for (const line of order.lines) {
      const entry = byItem.get(line.itemId) ?? { line, quantity: 0, orders: [] };
      entry.quantity += line.quantity;
      entry.orders.push(`${order.number}×${line.quantity}`);
      byItem.set(line.itemId, entry);
    }
  }
  const rows = [...byItem.values()]
    .sort((a, b) => a.line.itemId.localeCompare(b.line.itemId))
    .map(({ line, quantity, orders: list }) => [
      windowKey,
      line.itemId,
      textIn(line.name, FALLBACK_LANGUAGE),
      textIn(line.size, FALLBACK_LANGUAGE),
      String(quantity),
      (line.unitPriceCents / 100).toFixed(2),
      ((line.unitPriceCents * quantity) / 100).toFixed(2),
      line.snapEligible ? 'yes' : 'no',
      list.join(' '),
    ]);
  return toCsv(['window', 'item_id', 'item', 'size', 'quantity', 'unit_price', 'line_total', 'snap', 'orders'], rows);
}
