// CSV for the grocer partner: each window's combined order as sent to the store. Cells that a spreadsheet would run
// as a formula are escaped (platform/csv).
import type { OrderLine } from '../../../shared/contract/grocery';
import { FALLBACK_LANGUAGE } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
import { toCsv } from '../platform/csv';

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
