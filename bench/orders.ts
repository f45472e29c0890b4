// The grocery-order-like records bench:store and bench:open write: 50k of them over two years of month partitions.
import { z } from 'zod';
import { monthOf, type Records } from '../electron/backend/store/store';

export const orderSchema = z.object({
  id: z.string(),
  code: z.string(),
  createdAt: z.string(),
  status: z.enum(['received', 'packed', 'collected', 'cancelled']),
  patron: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
  pickupSlot: z.string(),
  items: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.int() })),
  notes: z.string(),
});
export type Order = z.infer<typeof orderSchema>;

export const NOW = new Date('2026-11-15T12:00:00Z');
const MONTHS = 24;

export function makeOrder(i: number, createdAt: Date): Order {
  return {
    id: `order-${i.toString().padStart(8, '0')}-${(i * 2654435761) % 1e9}`,
    code: `K${(i % 100000).toString(36).toUpperCase().padStart(5, '0')}`,
    createdAt: createdAt.toISOString(),
    status: (['received', 'packed', 'collected', 'cancelled'] as const)[i % 4]!,
    patron: { name: `Patron Number ${i}`, phone: `555-01${(i % 100).toString().padStart(2, '0')}`, email: `patron${i}@example.org` },
    pickupSlot: createdAt.toISOString().slice(0, 10),
    items: Array.from({ length: 3 + (i % 4) }, (_, k) => ({ sku: `SKU-${(i + k) % 500}`, name: `Grocery item ${(i + k) % 500}`, quantity: 1 + (k % 3) })),
    notes: i % 5 === 0 ? 'Please pack the eggs separately.' : '',
  };
}

/** `count` orders spread evenly over the last 24 months, the current month included. */
export function existingOrders(count: number): Order[] {
  const span = MONTHS * 30 * 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, i) => makeOrder(i, new Date(NOW.getTime() - span + Math.floor((span * i) / count))));
}

/** Writes `existing` straight into the partition files (500 records a file, as the store lays them out). */
export async function seedOrders(records: Records<Order>, existing: Order[]): Promise<void> {
  const byMonth = new Map<string, Order[]>();
  for (const o of existing) {
    const key = monthOf(o.createdAt);
    const list = byMonth.get(key) ?? [];
    list.push(o);
    byMonth.set(key, list);
  }
  for (const [key, items] of byMonth) {
    for (let chunk = 0; chunk * 500 < items.length; chunk++) await records.adopt(key, items.slice(chunk * 500, (chunk + 1) * 500), true, chunk);
  }
}
