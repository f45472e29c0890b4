// The shapes of an order: payment ways, cart and order lines, totals, status, a window's summary, cart problems.
import { z } from 'zod';
import { localisedSchema } from '../localised-text-schema';
import { itemIdSchema } from './grocery-catalog';
import { orderStatuses, paymentMethods } from './grocery-lists';

export const paymentSchema = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof paymentSchema>;

export const totalsSchema = z.object({
  snapCents: z.int(),
  otherCents: z.int(),
  totalCents: z.int(),
  itemCount: z.int(),
});
export type Totals = z.infer<typeof totalsSchema>;

export const cartLineSchema = z.object({
  itemId: itemIdSchema,
  quantity: z.int(),
  /** The price the patron saw; a different current price is reported before submit. */
  seenPriceCents: z.int().min(0).optional(),
});
export type CartLine = z.infer<typeof cartLineSchema>;

/** A line as snapshotted into an order: what was ordered at which price. */
export const orderLineSchema = z.object({
  itemId: itemIdSchema,
  name: localisedSchema(z.string()),
  size: localisedSchema(z.string()),
  unitPriceCents: z.int(),
  snapEligible: z.boolean(),
  quantity: z.int().min(1),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const windowSummarySchema = z.object({
  orders: z.int(),
  items: z.int(),
  estimatedCents: z.int(),
  finalCents: z.int(),
  snapCents: z.int(),
  /** Share of the estimated total that is SNAP-eligible, 0..1. */
  snapShare: z.number(),
  pickedUp: z.int(),
  notPickedUp: z.int(),
  /** Picked up among the orders that reached the branch, 0..1; null before any did. */
  pickupRate: z.number().nullable(),
});
export type WindowSummary = z.infer<typeof windowSummarySchema>;

export const cartIssueSchema = z.object({
  itemId: z.string(),
  code: z.enum(['inactive', 'missing', 'price-changed', 'over-limit', 'bad-quantity']),
  oldPriceCents: z.int().optional(),
  newPriceCents: z.int().optional(),
  limit: z.int().optional(),
});
export type CartIssue = z.infer<typeof cartIssueSchema>;
