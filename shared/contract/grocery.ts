// Operations of the grocery area ("Books & Bread"). Each entry: input and output schemas, who may call it.
// The record and value shapes are the domain's (shared/domain/grocery-*.ts), passed on here for callers.
import { z } from 'zod';
import { visitField, defineOperation, pageInput, pageSchema, requestKey } from './define';
import { visitSlipField } from './visit';
import { idSchema, isoDateTime, languageSchema } from './platform';
import { MAX_CART_LINES, catalogItemSchema, itemIdSchema } from '../domain/grocery-catalog';
import { paymentMethods } from '../domain/grocery-lists';
import { cartIssueSchema, cartLineSchema, orderLineSchema, orderStatusSchema, paymentSchema, totalsSchema, windowSummarySchema } from '../domain/grocery-orders';
import { grocerySettingsSchema, windowSchema } from '../domain/grocery-windows';

export { categoryIds, orderStatuses, paymentMethods } from '../domain/grocery-lists';
export { MAX_CART_LINES, MAX_LINE_QUANTITY, catalogItemSchema, categorySchema, itemIdSchema, type CatalogItem, type CategoryId } from '../domain/grocery-catalog';
export {
  cartIssueSchema,
  cartLineSchema,
  orderLineSchema,
  orderStatusSchema,
  paymentSchema,
  totalsSchema,
  windowSummarySchema,
  type CartIssue,
  type CartLine,
  type OrderLine,
  type OrderStatus,
  type PaymentMethod,
  type Totals,
  type WindowSummary,
} from '../domain/grocery-orders';
export {
  grocerySettingsSchema,
  hhmmSchema,
  isoDateSchema,
  weekdaySchema,
  windowRuleSchema,
  windowSchema,
  type GrocerySettings,
  type OrderWindow,
  type WindowRule,
} from '../domain/grocery-windows';

const text = (max: number) => z.string().trim().max(max);
const desk = ['librarian', 'admin'] as const;

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

export const windowStateSchema = z.enum(['open', 'upcoming', 'closed', 'sent', 'arrived']);

export const pricedLineSchema = orderLineSchema.extend({ picture: z.string(), limit: z.int() });

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
    output: z.array(z.object({ window: windowSchema, state: windowStateSchema, summary: windowSummarySchema })),
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
