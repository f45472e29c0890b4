// The grocery area's rules with storage, shared by its handlers (as hive-service.ts is Hive's).
import type { CartLine, CatalogItem, OrderView, OrderWindow } from '../../../shared/contract/grocery';
import { checkCart, totalsOf } from '../../../shared/domain/grocery-cart';
import { whatToBring } from '../../../shared/domain/grocery-payment';
import { openWindow, upcomingWindows } from '../../../shared/domain/grocery-schedule';
import { KioskFailure } from '../../../shared/result';
import type { CallContext } from '../context';
import type { Platform } from '../platform/platform';
import type { GroceryData, OrderRecord } from './grocery-records';

const byName = (ctx: CallContext): string => ctx.session?.name ?? 'kiosk';

/** The grocery area's rules with storage: the open window, prices and limits of a cart, an order as staff see it, status moves. */
export function createGroceryService(platform: Platform, data: GroceryData) {
  const { doc, orders } = data;
  const timeZone = (): string => platform.settings.get().branch.timeZone;
  const closedKeys = (): Set<string> => new Set(Object.entries(doc.get().windows).filter(([, w]) => w.closedAt).map(([k]) => k));
  const currentWindow = (now: Date): OrderWindow | null => openWindow(doc.get().settings, now, timeZone(), closedKeys());
  const catalogMap = (): Map<string, CatalogItem> => new Map(doc.get().catalog.map((i) => [i.id, i]));
  const windowOrders = (key: string): OrderRecord[] =>
    orders.filter((o) => o.window.key === key).sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }));

  const isEditable = (order: OrderRecord, now: Date): boolean =>
    order.status === 'submitted' && Date.parse(order.window.cutoffAt) > now.getTime() && !doc.get().windows[order.window.key]?.closedAt;

  const view = (order: OrderRecord, now: Date): OrderView => ({
    id: order.id,
    number: order.number,
    createdAt: order.createdAt,
    window: order.window,
    status: order.status,
    lines: order.lines,
    totals: totalsOf(order.lines),
    contact: order.contact,
    payment: order.payment,
    bring: whatToBring(totalsOf(order.lines), order.payment, doc.get().settings.payments),
    language: order.language,
    assistedBy: order.assistedBy?.name ?? null,
    bin: order.bin,
    finalTotalCents: order.finalTotalCents,
    cancelReason: order.cancelReason,
    editable: isEditable(order, now),
    history: order.history,
  });

  const findOrder = (id: string): OrderRecord => {
    const order = orders.get(id);
    if (!order) throw new KioskFailure('not-found', `No grocery order ${id}`);
    return order;
  };

  /** Prices a cart now; any problem refuses with the items so the kiosk can update the cart. */
  const priceOrRefuse = (lines: readonly CartLine[], allowEmpty = false) => {
    if (lines.length === 0 && !allowEmpty) throw new KioskFailure('grocery.cart-empty', 'The cart is empty');
    const checked = checkCart(lines, catalogMap());
    const fields = checked.issues.map((i) => ({ path: i.itemId, code: i.code }));
    const overLimit = checked.issues.find((i) => i.code === 'over-limit');
    if (checked.issues.some((i) => i.code === 'bad-quantity')) throw new KioskFailure('grocery.bad-quantity', 'A quantity is not allowed', {}, fields);
    if (overLimit) throw new KioskFailure('grocery.over-limit', 'More than the limit of an item', { limit: overLimit.limit ?? 0 }, fields);
    if (checked.issues.length > 0) {
      throw new KioskFailure(
        'grocery.cart-changed',
        'Some items changed since they were added to the cart',
        { count: checked.issues.length },
        fields,
      );
    }
    return checked.lines;
  };

  const windowByKey = (key: string, now: Date): OrderWindow => {
    const known = doc.get().windows[key]?.window ?? orders.all().find((o) => o.window.key === key)?.window;
    const upcoming = upcomingWindows(doc.get().settings, now, timeZone(), { count: 4 }).find((w) => w.key === key);
    const window = known ?? upcoming;
    if (!window) throw new KioskFailure('not-found', `No ordering window ${key}`);
    return window;
  };

  const setOrderStatus = async (order: OrderRecord, to: OrderRecord['status'], ctx: CallContext, patch: Partial<OrderRecord> = {}): Promise<OrderRecord> =>
    orders.update(order.id, (draft) => ({
      ...draft,
      ...patch,
      status: to,
      updatedAt: ctx.now.toISOString(),
      history: [...draft.history, { at: ctx.now.toISOString(), status: to, by: byName(ctx) }],
    }));

  return { timeZone, closedKeys, currentWindow, catalogMap, windowOrders, isEditable, view, findOrder, priceOrRefuse, windowByKey, setOrderStatus };
}
