// Cart rules: prices in integer cents, SNAP split, per-item limits, and the checks a cart passes
// before it becomes an order. Pure, shared by the kiosk screens and the backend.
import { MAX_LINE_QUANTITY, type CatalogItem } from './grocery-catalog';
import type { CartIssue, CartLine, OrderLine, OrderStatus, Totals, WindowSummary } from './grocery-orders';
import { usPhone } from './format';

export const limitOf = (item: Pick<CatalogItem, 'limit'>): number => Math.min(item.limit ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY);

/** SNAP-eligible and other subtotals, kept apart: SNAP can pay only for the first. */
export function totalsOf(lines: readonly Pick<OrderLine, 'unitPriceCents' | 'snapEligible' | 'quantity'>[]): Totals {
  let snapCents = 0;
  let otherCents = 0;
  let itemCount = 0;
  for (const line of lines) {
    const amount = line.unitPriceCents * line.quantity;
    if (line.snapEligible) snapCents += amount;
    else otherCents += amount;
    itemCount += line.quantity;
  }
  return { snapCents, otherCents, totalCents: snapCents + otherCents, itemCount };
}

export const snapshotLine = (item: CatalogItem, quantity: number): OrderLine => ({
  itemId: item.id,
  name: { ...item.name },
  size: item.size,
  unitPriceCents: item.priceCents,
  snapEligible: item.snapEligible,
  quantity,
});

/**
 * Checks a cart against the current catalog. Returns the lines priced now and every problem:
 * an item gone or inactive, a price that differs from what the patron saw, a bad or too-large quantity.
 */
export function checkCart(lines: readonly CartLine[], catalog: ReadonlyMap<string, CatalogItem>): { lines: OrderLine[]; issues: CartIssue[] } {
  const priced: OrderLine[] = [];
  const issues: CartIssue[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const item = catalog.get(line.itemId);
    if (!item) {
      issues.push({ itemId: line.itemId, code: 'missing' });
      continue;
    }
    if (!item.active) {
      issues.push({ itemId: line.itemId, code: 'inactive' });
      continue;
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || seen.has(line.itemId)) {
      issues.push({ itemId: line.itemId, code: 'bad-quantity' });
      continue;
    }
    seen.add(line.itemId);
    const limit = limitOf(item);
    if (line.quantity > limit) issues.push({ itemId: line.itemId, code: 'over-limit', limit });
    if (line.seenPriceCents !== undefined && line.seenPriceCents !== item.priceCents) {
      issues.push({ itemId: line.itemId, code: 'price-changed', oldPriceCents: line.seenPriceCents, newPriceCents: item.priceCents });
    }
    priced.push(snapshotLine(item, Math.min(line.quantity, limit)));
  }
  return { lines: priced, issues };
}

/** Sets a line's quantity within 0..limit; 0 removes it. Returns a new cart. */
export function setQuantity(cart: readonly CartLine[], item: Pick<CatalogItem, 'id' | 'limit' | 'priceCents'>, quantity: number): CartLine[] {
  const clamped = Math.max(0, Math.min(Math.trunc(quantity), limitOf(item)));
  const rest = cart.filter((l) => l.itemId !== item.id);
  if (clamped === 0) return rest;
  const existing = cart.findIndex((l) => l.itemId === item.id);
  const line: CartLine = { itemId: item.id, quantity: clamped, seenPriceCents: item.priceCents };
  if (existing === -1) return [...rest, line];
  const next = [...cart];
  next[existing] = line;
  return next;
}

/** A patron's phone for an order: a US number formatted "(555) 010-1234", or null when it is not one. */
export const normalizePhone = usPhone;

/** Dollars typed by staff ("3.49", "$3", "3,49") to cents; null when not money. */
export function parseDollars(text: string): number | null {
  const clean = text.trim().replace(/^\$/, '').replace(',', '.');
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(clean)) return null;
  const [whole, fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

type SummaryInput = { status: OrderStatus; lines: readonly OrderLine[]; finalTotalCents: number | null };

/** The window's numbers: orders, items, estimated and final totals, SNAP share, pickup rate. Cancelled orders do not count. */
export function summarize(orders: readonly SummaryInput[]): WindowSummary {
  const live = orders.filter((o) => o.status !== 'cancelled');
  let items = 0;
  let estimatedCents = 0;
  let snapCents = 0;
  let finalCents = 0;
  for (const order of live) {
    const totals = totalsOf(order.lines);
    items += totals.itemCount;
    estimatedCents += totals.totalCents;
    snapCents += totals.snapCents;
    finalCents += order.finalTotalCents ?? 0;
  }
  const pickedUp = live.filter((o) => o.status === 'picked-up').length;
  const notPickedUp = live.filter((o) => o.status === 'not-picked-up').length;
  const decided = pickedUp + notPickedUp + live.filter((o) => o.status === 'arrived').length;
  return {
    orders: live.length,
    items,
    estimatedCents,
    finalCents,
    snapCents,
    snapShare: estimatedCents === 0 ? 0 : snapCents / estimatedCents,
    pickedUp,
    notPickedUp,
    pickupRate: decided === 0 ? null : pickedUp / decided,
  };
}
