// The shapes of ordering windows: the weekly rules, the branch's grocery settings, and one concrete window.
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { paymentMethods } from './grocery-lists';
import { paymentSchema } from './grocery-orders';
import { isoDateTime } from './record-fields';

export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time-format');
export const isoDateSchema = z.string().refine(isCalendarDate, 'date-format');
export const weekdaySchema = z.int().min(0).max(6);

/** One weekly ordering window: order until cut-off, delivered on the delivery day in an hour range. */
export const windowRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,20}$/, 'rule-id-format'),
    cutoffDay: weekdaySchema,
    cutoffTime: hhmmSchema,
    deliveryDay: weekdaySchema,
    deliveryStart: hhmmSchema,
    deliveryEnd: hhmmSchema,
  })
  .refine((r) => r.deliveryStart < r.deliveryEnd, { message: 'delivery-hours', path: ['deliveryEnd'] });
export type WindowRule = z.infer<typeof windowRuleSchema>;

export const grocerySettingsSchema = z.object({
  windows: z.array(windowRuleSchema).min(1).max(14),
  /** Delivery dates with no delivery (holidays, skipped weeks), in the branch's calendar. */
  skippedDates: z.array(isoDateSchema).max(200),
  payments: z.array(paymentSchema).min(1).max(paymentMethods.length),
});
export type GrocerySettings = z.infer<typeof grocerySettingsSchema>;

/** One concrete window (a rule on a date), in UTC instants. */
export const windowSchema = z.object({
  key: z.string().min(1).max(64),
  cutoffAt: isoDateTime,
  deliveryStart: isoDateTime,
  deliveryEnd: isoDateTime,
  deliveryDate: isoDateSchema,
});
export type OrderWindow = z.infer<typeof windowSchema>;
