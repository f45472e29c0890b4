// What the grocery area keeps on disk: the catalog, settings and the windows staff acted on as one doc;
// orders as records (encrypted); the order-number counter.
import { z } from 'zod';
import {
  catalogItemSchema,
  contactSchema,
  grocerySettingsSchema,
  orderLineSchema,
  orderStatusSchema,
  paymentSchema,
  windowSchema,
  type GrocerySettings,
} from '../../../shared/contract/grocery';
import { languageSchema } from '../../../shared/contract/platform';
import { requestKeysOf, requestsField } from '../idempotency';
import { migrationsOf } from '../store/migrations';
import { monthOf, monthRetainedFrom, type Counter, type Doc, type Records, type Store } from '../store/store';
import { grocery2SizesPerLanguage } from './migrations/grocery-2-sizes-per-language';
import { grocery3OrderNumbersCounted } from './migrations/grocery-3-order-numbers-counted';
import { groceryOrders2SizesPerLanguage } from './migrations/grocery-orders-2-sizes-per-language';
import { groceryOrders3RequestKeys } from './migrations/grocery-orders-3-request-keys';

const windowStateRecord = z.object({
  window: windowSchema,
  closedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
});

const groceryDocSchema = z.object({
  catalog: z.array(catalogItemSchema),
  settings: grocerySettingsSchema,
  /** Windows staff acted on (closed, sent, arrived), by key. */
  windows: z.record(z.string(), windowStateRecord),
});
export type GroceryDoc = z.infer<typeof groceryDocSchema>;

/** Order numbers start here (the first order is 1001). */
const FIRST_ORDER_NUMBER = 1001;

const orderRecordSchema = z.object({
  id: z.string(),
  number: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  window: windowSchema,
  status: orderStatusSchema,
  lines: z.array(orderLineSchema).min(1),
  contact: contactSchema,
  payment: paymentSchema,
  language: languageSchema,
  assistedBy: z.object({ staffId: z.string(), name: z.string() }).nullable(),
  bin: z.int().nullable(),
  finalTotalCents: z.int().nullable(),
  cancelReason: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), status: orderStatusSchema, by: z.string() })),
  /** The patron's submit (its idempotency key), so a retry finds this order. */
  ...requestsField,
});
export type OrderRecord = z.infer<typeof orderRecordSchema>;

export const defaultGrocerySettings = (): GrocerySettings => ({
  // Order until Monday 14:30, delivered Tuesday 12:00-13:00 (the Baltimore pattern).
  windows: [{ id: 'mon', cutoffDay: 1, cutoffTime: '14:30', deliveryDay: 2, deliveryStart: '12:00', deliveryEnd: '13:00' }],
  skippedDates: [],
  payments: ['snap', 'card', 'cash'],
});

export type GroceryData = {
  doc: Doc<GroceryDoc>;
  orders: Records<OrderRecord>;
  orderNumbers: Counter;
};

/** `retentionDays`: how long orders are kept (read when the store loads a month). */
export async function openGroceryData(store: Store, retentionDays: () => number): Promise<GroceryData> {
  let legacyNextOrder = 0;
  const doc = await store.doc<GroceryDoc>({
    name: 'grocery',
    schema: groceryDocSchema,
    ...migrationsOf([grocery2SizesPerLanguage, grocery3OrderNumbersCounted((next) => (legacyNextOrder = Math.max(legacyNextOrder, next)))]),
    defaults: () => ({ catalog: [], settings: defaultGrocerySettings(), windows: {} }),
  });
  // Names and phone numbers: encrypted at rest like other personal data.
  const orders = await store.records<OrderRecord>({
    name: 'grocery-orders',
    schema: orderRecordSchema,
    ...migrationsOf([groceryOrders2SizesPerLanguage, groceryOrders3RequestKeys]),
    encrypted: true,
    partitionOf: (o) => monthOf(o.createdAt),
    requestKeysOf,
    // Retention counts from the pickup, a few weeks at most after the order was made.
    loadFrom: (now) => monthRetainedFrom(now, retentionDays(), 31),
  });
  // Never behind an order already made, whatever file was restored from which day.
  const orderNumbers = await store.counter('grocery-order', {
    seen: Math.max(legacyNextOrder - 1, ...orders.all().map((o) => Number(o.number)).filter(Number.isInteger)),
    atLeast: FIRST_ORDER_NUMBER - 1,
  });
  return { doc, orders, orderNumbers };
}
