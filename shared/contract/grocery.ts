// Operations of the grocery area ("Books & Bread"). Each entry: input and output schemas, who may call it.
import { z } from 'zod';
import { visitField, defineOperation, pageInput, pageSchema, requestKey } from './define';
import { categoryIds, orderStatuses, paymentMethods } from './names';
import { visitSlipField } from './visit';
import { idSchema, isoDateTime, languageSchema } from './platform';
import { isCalendarDate } from '../domain/calendar-date';
import { isPictureRef } from '../domain/pictures';
import { localisedSchema, localisedTextSchema } from '../localised-text-schema';

export { categoryIds, orderStatuses, paymentMethods };

const text = (max: number) => z.string().trim().max(max);
const desk = ['librarian', 'admin'] as const;

export const categorySchema = z.enum(categoryIds);
export type CategoryId = z.infer<typeof categorySchema>;

export const paymentSchema = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof paymentSchema>;

export const itemIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'item-id-format');
export const MAX_LINE_QUANTITY = 20;
export const MAX_CART_LINES = 60;

export const catalogItemSchema = z.object({
  id: itemIdSchema,
  category: categorySchema,
  /** Name, description and size in each language the branch writes them in; readers fall back to English. */
  name: localisedTextSchema(80, { required: true }),
  description: localisedTextSchema(300),
  /** Size and unit as printed on the shelf tag: "1 lb", "12 oz", "3 lb bag" / "bolsa de 3 lb". */
  size: localisedTextSchema(40, { required: true }),
  priceCents: z.int().min(1).max(100_000),
  snapEligible: z.boolean(),
  /** An illustration id (`banana`), a category picture (`produce.svg`) or a staff photo (`photo:<file>`): see domain/pictures. */
  picture: z.string().max(80).refine(isPictureRef, 'picture-format'),
  active: z.boolean(),
  /** Most of one item a single order may hold; null = the general cap. */
  limit: z.int().min(1).max(MAX_LINE_QUANTITY).nullable(),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

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

/** A US phone number: 10 digits, punctuation allowed. */
export const phoneSchema = text(24).refine((p) => /^\+?1?[\s.-]*\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}$/.test(p), 'phone-format');

export const contactSchema = z.object({
  name: text(80).min(1),
  phone: phoneSchema,
  libraryCard: text(20).refine((c) => c === '' || /^[A-Za-z0-9 -]{4,20}$/.test(c), 'card-format'),
});

/** One thing to bring to pay at pickup (see grocery-payment.ts): a SNAP order with other items has two. */
export const bringPartSchema = z.object({ way: z.enum([...paymentMethods, 'other']), cents: z.int(), ways: z.array(paymentSchema) });

export const orderViewSchema = z.object({
  id: idSchema,
  number: z.string(),
  createdAt: isoDateTime,
  window: windowSchema,
  status: orderStatusSchema,
  lines: z.array(orderLineSchema),
  totals: totalsSchema,
  contact: z.object({ name: z.string(), phone: z.string(), libraryCard: z.string() }),
  payment: paymentSchema,
  bring: z.array(bringPartSchema),
  language: languageSchema,
  assistedBy: z.string().nullable(),
  bin: z.int().nullable(),
  finalTotalCents: z.int().nullable(),
  cancelReason: z.string().nullable(),
  /** Staff may change items until the window's cut-off while the order is still submitted. */
  editable: z.boolean(),
  history: z.array(z.object({ at: isoDateTime, status: orderStatusSchema, by: z.string() })),
});
export type OrderView = z.infer<typeof orderViewSchema>;

export const summarySchema = z.object({
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
export type WindowSummary = z.infer<typeof summarySchema>;

export const windowStateSchema = z.enum(['open', 'upcoming', 'closed', 'sent', 'arrived']);

export const pricedLineSchema = orderLineSchema.extend({ picture: z.string(), limit: z.int() });

export const cartIssueSchema = z.object({
  itemId: z.string(),
  code: z.enum(['inactive', 'missing', 'price-changed', 'over-limit', 'bad-quantity']),
  oldPriceCents: z.int().optional(),
  newPriceCents: z.int().optional(),
  limit: z.int().optional(),
});
export type CartIssue = z.infer<typeof cartIssueSchema>;

export const groceryOperations = {
  'grocery.catalog': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({}),
    output: z.object({
      items: z.array(catalogItemSchema),
      /** The window a new order joins now; null when the schedule has none ahead. */
      pickup: windowSchema.nullable(),
      timeZone: z.string(),
      payments: z.array(paymentSchema),
    }),
  }),
  'grocery.checkCart': defineOperation({
    kind: 'query',
    access: 'public',
    input: z.object({ lines: z.array(cartLineSchema).max(MAX_CART_LINES) }),
    output: z.object({ lines: z.array(pricedLineSchema), issues: z.array(cartIssueSchema), totals: totalsSchema }),
  }),
  'grocery.submitOrder': defineOperation({
    kind: 'command',
    access: 'public',
    idempotent: true,
    input: z.object({
      ...requestKey,
      lines: z.array(cartLineSchema).max(MAX_CART_LINES),
      windowKey: z.string().min(1).max(64),
      contact: contactSchema,
      payment: paymentSchema,
      language: languageSchema,
      ...visitField,
    }),
    output: z.object({
      orderNumber: z.string(),
      window: windowSchema,
      totals: totalsSchema,
      payment: paymentSchema,
      /** What to bring for each part of the payment (EBT card for the SNAP items, another way for the rest). */
      bring: z.array(bringPartSchema),
      /** `printed` when the receipt came out now; otherwise staff print it at the desk. */
      receipt: z.enum(['printed', 'desk']),
      ...visitSlipField,
    }),
  }),
  'grocery.windows': defineOperation({
    kind: 'query',
    access: desk,
    // The order desk looks again when orders change (pushed, or on a timer): that alone keeps no session awake.
    poll: true,
    input: z.object({}),
    output: z.array(z.object({ window: windowSchema, state: windowStateSchema, summary: summarySchema })),
  }),
  'grocery.orders': defineOperation({
    kind: 'query',
    access: desk,
    poll: true,
    input: z.object({
      windowKey: z.string().max(64).optional(),
      status: orderStatusSchema.optional(),
      search: text(80).optional(),
      ...pageInput,
    }),
    /** Newest first. */
    output: pageSchema(orderViewSchema),
  }),
  'grocery.order': defineOperation({
    kind: 'query',
    access: desk,
    input: z.object({ id: idSchema }),
    output: orderViewSchema,
  }),
  'grocery.setStatus': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({
      id: idSchema,
      to: orderStatusSchema,
      reason: text(200).optional(),
      finalTotalCents: z.int().min(0).max(1_000_000).optional(),
    }),
    output: orderViewSchema,
  }),
  'grocery.editOrder': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ id: idSchema, lines: z.array(cartLineSchema).max(MAX_CART_LINES) }),
    output: orderViewSchema,
  }),
  'grocery.sendWindow': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ windowKey: z.string().min(1).max(64) }),
    output: z.object({
      orders: z.int(),
      csv: z.string(),
      fileName: z.string(),
      savedTo: z.string(),
      picklist: z.enum(['printed', 'desk']),
    }),
  }),
  'grocery.deliveryArrived': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ windowKey: z.string().min(1).max(64) }),
    /** The pickup slips are queued, one per order, and print one after another: `slipJobs` lets the desk follow them (print.progress). */
    output: z.object({ orders: z.int(), slipJobs: z.array(idSchema) }),
  }),
  'grocery.reprint': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ id: idSchema, document: z.enum(['receipt', 'pickup-slip']) }),
    output: z.object({ status: z.enum(['printed', 'desk']) }),
  }),
  'grocery.catalogAll': defineOperation({
    kind: 'query',
    access: desk,
    input: z.object({}),
    output: z.array(catalogItemSchema),
  }),
  'grocery.setItemActive': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ id: itemIdSchema, active: z.boolean() }),
    output: catalogItemSchema,
  }),
  /** A product photo (JPEG or WebP, base64, already shrunk by the staff screen) becomes the item's picture. */
  'grocery.setItemPhoto': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ id: itemIdSchema, image: z.string().max(420_000).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64') }),
    output: catalogItemSchema,
  }),
  /** Back to the category picture; the photo file is deleted. */
  'grocery.clearItemPhoto': defineOperation({ kind: 'command', access: desk, input: z.object({ id: itemIdSchema }), output: catalogItemSchema }),
  'grocery.exportCatalog': defineOperation({
    kind: 'query',
    access: desk,
    input: z.object({}),
    output: z.object({ csv: z.string(), fileName: z.string() }),
  }),
  'grocery.importCatalog': defineOperation({
    kind: 'command',
    access: desk,
    input: z.object({ csv: z.string().max(1_500_000) }),
    output: z.object({ items: z.int(), added: z.int(), updated: z.int() }),
  }),
  'grocery.settings': defineOperation({
    kind: 'query',
    access: desk,
    input: z.object({}),
    output: z.object({ settings: grocerySettingsSchema, timeZone: z.string(), upcoming: z.array(windowSchema) }),
  }),
  'grocery.updateSettings': defineOperation({
    kind: 'command',
    access: desk,
    input: grocerySettingsSchema,
    output: grocerySettingsSchema,
  }),
};
