import path from 'node:path';
import {
  MAX_LINE_QUANTITY,
  type OrderLine,
  type OrderWindow,
  type groceryOperations,
} from '../../../shared/contract/grocery';
import { checkCart, normalizePhone, summarize, totalsOf } from '../../../shared/domain/grocery-cart';
import { whatToBring } from '../../../shared/domain/grocery-payment';
import { checkTransition } from '../../../shared/domain/grocery-status';
import { upcomingWindows } from '../../../shared/domain/grocery-schedule';
import { pageBy } from '../../../shared/domain/paging';
import { isTimeZone, localDateOf } from '../../../shared/domain/zoned-time';
import { photoFileOf } from '../../../shared/domain/pictures';
import { FALLBACK_LANGUAGE } from '../../../shared/languages';
import { languagesToExport, mergeLanguages } from '../../../shared/localised-text';
import { KioskFailure } from '../../../shared/result';
import type { FeatureModule } from '../feature';
import { replayOf, withRequest } from '../idempotency';
import { newId } from '../ids';
import type { Platform } from '../platform/platform';
import { purgeOldFiles } from '../platform/purge-files';
import { countOrders } from '../../../shared/domain/impact-counts';
import type { PrintService } from '../printing/print-api';
import { SerialQueue } from '../store/serial-queue';
import { catalogToCsv, parseCatalogCsv } from './catalog-csv';
import { demoCatalog } from './demo-catalog';
import { removePhoto, storePhoto } from './item-photos';
import { storeOrderCsv } from './grocery-export';
import { registerGroceryDocuments } from './grocery-documents';
import { createGroceryService } from './grocery-service';
import { defaultGrocerySettings, openGroceryData, type OrderRecord } from './grocery-records';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long the patron's screen waits for the receipt before saying "at the desk". */
const RECEIPT_WAIT_MS = 4000;

export async function openGrocery(platform: Platform, printing: PrintService): Promise<FeatureModule<typeof groceryOperations>> {
  const data = await openGroceryData(platform.store, () => platform.settings.get().retentionDays.grocery);
  const { doc, orders, orderNumbers } = data;
  // Check-then-write steps (window still open, order still editable) run one at a time.
  const queue = new SerialQueue();
  // Anonymous daily counts: orders still kept are counted live; purged ones were counted when they went.
  const liveOrders = () => orders.filter((o) => !platform.counts.isCounted('grocery', o.id));
  platform.counts.register('grocery', () => countOrders(liveOrders(), platform.settings.get().branch.timeZone));
  // Each window's order as sent to the store, kept for staff as long as the orders themselves.
  const storeOrdersDir = path.join(platform.store.dataDir, 'grocery-store-orders');
  const { timeZone, closedKeys, currentWindow, catalogMap, windowOrders, isEditable, view, findOrder, priceOrRefuse, windowByKey, setOrderStatus } = createGroceryService(platform, data);

  /** `once`: a document printed at most once per record (a patron's receipt, whatever retries come). */
  const tryPrint = async (kind: string, ref: string, language: OrderRecord['language'], waitMs: number, once = false): Promise<'printed' | 'desk'> => {
    try {
      const request = { kind, ref, language };
      const outcome = await (once ? printing.printOnce(request, { waitMs }) : printing.print(request, { waitMs }));
      return outcome.status === 'done' ? 'printed' : 'desk';
    } catch {
      // Printing never fails a patron's order: staff see waiting jobs at the desk.
      return 'desk';
    }
  };

  registerGroceryDocuments(printing, {
    order: (id) => orders.get(id),
    windowOrders: (key) => windowOrders(key).filter((o) => o.status !== 'cancelled'),
    timeZone,
    payments: () => doc.get().settings.payments,
  });
  // The visit slip prints an order's number and pickup, nothing else of it.
  platform.visitSlips.describe('grocery-order', (id) => {
    const order = orders.get(id);
    return order && { number: order.number, window: order.window, cancelled: order.status === 'cancelled' };
  });

  return {
    handlers: {
      'grocery.catalog': (_input, ctx) => ({
        items: doc.get().catalog.filter((i) => i.active),
        pickup: currentWindow(ctx.now),
        timeZone: timeZone(),
        payments: doc.get().settings.payments,
      }),

      'grocery.checkCart': ({ lines }) => {
        const catalog = catalogMap();
        const checked = checkCart(lines, catalog);
        return {
          lines: checked.lines.map((l) => {
            const item = catalog.get(l.itemId);
            return { ...l, picture: item?.picture ?? 'pantry.svg', limit: item ? Math.min(item.limit ?? 20, 20) : 20 };
          }),
          issues: checked.issues,
          totals: totalsOf(checked.lines),
        };
      },

      'grocery.submitOrder': (input, ctx) =>
        queue.run(async () => {
          // A retry of a submit whose answer was lost: the order it made, not a second one.
          const earlier = replayOf(ctx.request ? orders.byRequest(ctx.request.key) : undefined, ctx.request);
          if (earlier) return { order: earlier, window: earlier.window, lines: earlier.lines };
          const lines = priceOrRefuse(input.lines);
          if (!normalizePhone(input.contact.phone)) throw new KioskFailure('grocery.phone-invalid', 'The phone number is not valid');
          if (!doc.get().settings.payments.includes(input.payment)) throw new KioskFailure('grocery.payment-not-accepted', 'This branch does not take that payment');
          const window = currentWindow(ctx.now);
          if (!window) throw new KioskFailure('grocery.no-window', 'No ordering window is open');
          if (window.key !== input.windowKey) {
            // The cut-off passed (or staff sent the window) while the patron was ordering.
            throw new KioskFailure('grocery.window-closed', 'That ordering window has closed', { next: window.key });
          }
          const number = String(await orderNumbers.next());
          const at = ctx.now.toISOString();
          const order = await orders.insert({
            id: newId(),
            number,
            createdAt: at,
            updatedAt: at,
            window,
            status: 'submitted',
            lines,
            contact: { ...input.contact, phone: normalizePhone(input.contact.phone) ?? input.contact.phone },
            payment: input.payment,
            language: input.language,
            assistedBy: ctx.assistedBy,
            bin: null,
            finalTotalCents: null,
            cancelReason: null,
            history: [{ at, status: 'submitted', by: ctx.assistedBy?.name ?? 'kiosk' }],
            requests: withRequest([], ctx.request),
          });
          // The visit's flags are counted for the day, never kept with the order.
          await platform.counts.countVisit(input.visit, localDateOf(ctx.now, timeZone()));
          ctx.setAuditDetail(`order ${number} (assisted)`);
          return { order, window, lines };
        }).then(async ({ order, window, lines }) => {
          // Saved first, printed second, outside the queue: a printer problem never loses the order,
          // and the next patron's order is not held up while this receipt waits for paper.
          // One receipt per order, however often the submit is retried.
          const receipt = await tryPrint('grocery.receipt', order.id, order.language, RECEIPT_WAIT_MS, true);
          const totals = totalsOf(lines);
          const visitSlip = platform.visitSlips.issue({ kind: 'grocery-order', id: order.id }, ctx.caller, ctx.now);
          return { orderNumber: order.number, window, totals, payment: order.payment, bring: whatToBring(totals, order.payment, doc.get().settings.payments), receipt, visitSlip };
        }),

      'grocery.windows': (_input, ctx) => {
        const state = doc.get().windows;
        const keys = new Map<string, OrderWindow>();
        // One pass over all orders, grouped by window, rather than one pass per window listed.
        const ordersOf = new Map<string, OrderRecord[]>();
        for (const o of orders.all()) {
          keys.set(o.window.key, o.window);
          const group = ordersOf.get(o.window.key);
          if (group) group.push(o);
          else ordersOf.set(o.window.key, [o]);
        }
        for (const [key, s] of Object.entries(state)) keys.set(key, s.window);
        const open = currentWindow(ctx.now);
        if (open) keys.set(open.key, open);
        return [...keys.values()]
          .sort((a, b) => Date.parse(b.cutoffAt) - Date.parse(a.cutoffAt))
          .map((window) => {
            const s = state[window.key];
            const status = s?.arrivedAt ? 'arrived' : s?.sentAt ? 'sent' : s?.closedAt || Date.parse(window.cutoffAt) <= ctx.now.getTime() ? 'closed' : window.key === open?.key ? 'open' : 'upcoming';
            return { window, state: status, summary: summarize(ordersOf.get(window.key) ?? []) };
          });
      },

      'grocery.orders': ({ windowKey, status, search, cursor, limit }, ctx) => {
        const needle = search?.trim().toLowerCase() ?? '';
        const digits = needle.replace(/\D/g, '');
        const matching = orders
          .filter((o) => (!windowKey || o.window.key === windowKey) && (!status || o.status === status))
          .filter(
            (o) =>
              needle === '' ||
              o.number === needle ||
              o.contact.name.toLowerCase().includes(needle) ||
              (digits.length >= 3 && o.contact.phone.replace(/\D/g, '').includes(digits)),
          );
        // Orders made at the same moment: the higher number is the newer.
        const page = pageBy(matching, (o) => `${o.createdAt} ${o.number.padStart(10, '0')}`, { order: 'desc', cursor, limit });
        return { ...page, items: page.items.map((o) => view(o, ctx.now)) };
      },

      'grocery.order': ({ id }, ctx) => view(findOrder(id), ctx.now),

      'grocery.setStatus': ({ id, to, reason, finalTotalCents }, ctx) =>
        queue.run(async () => {
          const order = findOrder(id);
          const check = checkTransition(order.status, to, { reason, finalTotalCents });
          if (!check.ok) throw new KioskFailure(check.code, `Cannot change ${order.status} to ${to}`, { from: order.status, to });
          const patch: Partial<OrderRecord> = {};
          if (to === 'cancelled') patch.cancelReason = reason?.trim() ?? '';
          if (to === 'picked-up') patch.finalTotalCents = finalTotalCents ?? null;
          const next = await setOrderStatus(order, to, ctx, patch);
          ctx.setAuditDetail(`order ${order.number}: ${order.status} → ${to}`);
          return view(next, ctx.now);
        }),

      'grocery.editOrder': ({ id, lines }, ctx) =>
        queue.run(async () => {
          const order = findOrder(id);
          if (!isEditable(order, ctx.now)) throw new KioskFailure('grocery.not-editable', 'This order can no longer be changed');
          if (lines.length === 0) throw new KioskFailure('grocery.cart-empty', 'The cart is empty');
          // Lines already in the order keep the price the patron saw; added items are priced now.
          const kept = new Map(order.lines.map((l) => [l.itemId, l]));
          const added = priceOrRefuse(lines.filter((l) => !kept.has(l.itemId)).map(({ itemId, quantity }) => ({ itemId, quantity })), true);
          const addedById = new Map(added.map((l) => [l.itemId, l]));
          const catalog = catalogMap();
          const priced = lines.map(({ itemId, quantity }): OrderLine => {
            const old = kept.get(itemId);
            if (!old) {
              const line = addedById.get(itemId);
              if (!line) throw new KioskFailure('grocery.bad-quantity', 'An item is listed twice');
              return line;
            }
            const limit = Math.min(catalog.get(itemId)?.limit ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY);
            if (!Number.isInteger(quantity) || quantity < 1) throw new KioskFailure('grocery.bad-quantity', 'A quantity is not allowed');
            if (quantity > limit) throw new KioskFailure('grocery.over-limit', 'More than the limit of an item', { limit });
            return { ...old, quantity };
          });
          if (new Set(priced.map((l) => l.itemId)).size !== priced.length) throw new KioskFailure('grocery.bad-quantity', 'An item is listed twice');
          const next = await orders.update(id, (draft) => ({ ...draft, lines: priced, updatedAt: ctx.now.toISOString() }));
          ctx.setAuditDetail(`order ${order.number}: items changed`);
          return view(next, ctx.now);
        }),

      'grocery.sendWindow': ({ windowKey }, ctx) =>
        queue.run(async () => {
          const window = windowByKey(windowKey, ctx.now);
          const state = doc.get().windows[windowKey];
          if (state?.sentAt) throw new KioskFailure('grocery.window-already-sent', 'This window was already sent to the store');
          const at = ctx.now.toISOString();
          // Closing first: from here on new orders join the next window.
          await doc.update((d) => {
            d.windows[windowKey] = { window, closedAt: state?.closedAt ?? at, sentAt: null, arrivedAt: null };
          });
          for (const order of windowOrders(windowKey)) if (order.status === 'submitted') await setOrderStatus(order, 'sent', ctx);
          const sent = windowOrders(windowKey).filter((o) => o.status === 'sent');
          const csv = storeOrderCsv(windowKey, sent);
          const fileName = `store-order-${windowKey}.csv`;
          const savedTo = await platform.store.writeFile(path.join(path.basename(storeOrdersDir), fileName), new TextEncoder().encode(csv));
          await doc.update((d) => {
            const w = d.windows[windowKey];
            if (w) w.sentAt = at;
          });
          const picklist = await tryPrint('grocery.picklist', windowKey, FALLBACK_LANGUAGE, 0);
          ctx.setAuditDetail(`window ${windowKey}: ${sent.length} orders sent`);
          return { orders: sent.length, csv, fileName, savedTo, picklist };
        }),

      'grocery.deliveryArrived': ({ windowKey }, ctx) =>
        queue.run(async () => {
          const state = doc.get().windows[windowKey];
          if (!state?.sentAt) throw new KioskFailure('grocery.window-not-sent', 'This window has not been sent to the store yet');
          if (state.arrivedAt) throw new KioskFailure('grocery.window-already-arrived', 'This delivery was already marked as arrived');
          const sent = windowOrders(windowKey).filter((o) => o.status === 'sent');
          // A retry after a failure part-way continues after the bins already given, never reusing one.
          let bin = Math.max(0, ...windowOrders(windowKey).map((o) => o.bin ?? 0));
          for (const order of sent) await setOrderStatus(order, 'arrived', ctx, { bin: ++bin });
          // Orders that arrived in the failed try still need their pickup slips.
          const arrived = windowOrders(windowKey).filter((o) => o.status === 'arrived');
          await doc.update((d) => {
            const w = d.windows[windowKey];
            if (w) w.arrivedAt = ctx.now.toISOString();
          });
          // Queued now (stored before this returns), printed by the queue one after another.
          const slipJobs: string[] = [];
          for (const order of arrived) {
            const outcome = await printing.print({ kind: 'grocery.pickup-slip', ref: order.id, language: order.language }, { waitMs: 0 }).catch(() => null);
            if (outcome) slipJobs.push(outcome.jobId);
          }
          ctx.setAuditDetail(`window ${windowKey}: delivery arrived, ${arrived.length} orders`);
          return { orders: arrived.length, slipJobs };
        }),

      'grocery.reprint': async ({ id, document }) => {
        const order = findOrder(id);
        return { status: await tryPrint(`grocery.${document}`, order.id, order.language, 0) };
      },

      'grocery.catalogAll': () => doc.get().catalog,

      'grocery.setItemActive': async ({ id, active }, ctx) => {
        const next = await doc.update((d) => {
          const item = d.catalog.find((i) => i.id === id);
          if (!item) throw new KioskFailure('not-found', `No item ${id}`);
          item.active = active;
        });
        ctx.setAuditDetail(`item ${id} ${active ? 'active' : 'inactive'}`);
        const item = next.catalog.find((i) => i.id === id);
        if (!item) throw new KioskFailure('not-found', `No item ${id}`);
        return item;
      },

      'grocery.setItemPhoto': async ({ id, image }, ctx) => {
        if (!doc.get().catalog.some((i) => i.id === id)) throw new KioskFailure('not-found', `No item ${id}`);
        const file = await storePhoto(platform.store.dataDir, id, image);
        const before = doc.get().catalog.find((i) => i.id === id)?.picture ?? '';
        const next = await doc.update((d) => {
          const item = d.catalog.find((i) => i.id === id);
          if (item) item.picture = `photo:${file}`;
        });
        const old = photoFileOf(before);
        if (old && old !== file) await removePhoto(platform.store.dataDir, old);
        ctx.setAuditDetail(`item ${id} photo ${file}`);
        const item = next.catalog.find((i) => i.id === id);
        if (!item) throw new KioskFailure('not-found', `No item ${id}`);
        return item;
      },

      'grocery.clearItemPhoto': async ({ id }, ctx) => {
        const before = doc.get().catalog.find((i) => i.id === id);
        if (!before) throw new KioskFailure('not-found', `No item ${id}`);
        const next = await doc.update((d) => {
          const item = d.catalog.find((i) => i.id === id);
          if (item && photoFileOf(item.picture)) item.picture = `${item.category}.svg`;
        });
        const old = photoFileOf(before.picture);
        if (old) await removePhoto(platform.store.dataDir, old);
        ctx.setAuditDetail(`item ${id} photo removed`);
        const item = next.catalog.find((i) => i.id === id);
        if (!item) throw new KioskFailure('not-found', `No item ${id}`);
        return item;
      },

      'grocery.exportCatalog': () => {
        const catalog = doc.get().catalog;
        const languages = languagesToExport(platform.settings.get().languages, catalog.flatMap((i) => [i.name, i.description, i.size]));
        return { csv: catalogToCsv(catalog, languages), fileName: 'grocery-catalog.csv' };
      },

      'grocery.importCatalog': async ({ csv }, ctx) => {
        const parsed = parseCatalogCsv(csv);
        if (!parsed.ok) {
          const rows = [...new Set(parsed.errors.map((e) => e.row))];
          throw new KioskFailure(
            'grocery.csv-invalid',
            'Some rows of the file are not valid; nothing was imported',
            { count: rows.length, rows: rows.slice(0, 20).join(', ') },
            parsed.errors.map((e) => ({ path: `${e.row}:${e.column}`, code: e.code })),
          );
        }
        const before = new Set(doc.get().catalog.map((i) => i.id));
        // The file is the whole catalog: items it leaves out stay, made inactive, so old orders still read well.
        const incoming = new Map(parsed.items.map((i) => [i.id, i]));
        const { languages } = parsed;
        await doc.update((d) => {
          const stored = new Map(d.catalog.map((i) => [i.id, i]));
          // Languages the file has no column for (an older two-language file) keep the text they had.
          const merged = parsed.items.map((item) => {
            const old = stored.get(item.id);
            return {
              ...item,
              name: mergeLanguages(item.name, old?.name, languages.name),
              description: mergeLanguages(item.description, old?.description, languages.description),
              size: mergeLanguages(item.size, old?.size, languages.size),
            };
          });
          d.catalog = [...merged, ...d.catalog.filter((i) => !incoming.has(i.id)).map((i) => ({ ...i, active: false }))];
        });
        const added = parsed.items.filter((i) => !before.has(i.id)).length;
        ctx.setAuditDetail(`catalog import: ${parsed.items.length} items`);
        return { items: parsed.items.length, added, updated: parsed.items.length - added };
      },

      'grocery.settings': (_input, ctx) => ({
        settings: doc.get().settings,
        timeZone: timeZone(),
        upcoming: upcomingWindows(doc.get().settings, ctx.now, timeZone(), { count: 4, closed: closedKeys() }),
      }),

      'grocery.updateSettings': async (input, ctx) => {
        if (!isTimeZone(timeZone())) throw new KioskFailure('grocery.bad-time-zone', 'The branch time zone is not valid');
        const ids = new Set(input.windows.map((w) => w.id));
        if (ids.size !== input.windows.length) throw new KioskFailure('grocery.duplicate-window', 'Two windows have the same name');
        const next = await doc.update((d) => {
          d.settings = { ...input, skippedDates: [...new Set(input.skippedDates)].sort() };
        });
        ctx.setAuditDetail('grocery schedule updated');
        return next.settings;
      },
    },

    async purge(now) {
      const days = platform.settings.get().retentionDays.grocery;
      const cutoff = now.getTime() - days * DAY_MS;
      const old = orders.filter((o) => Date.parse(o.window.deliveryEnd) < cutoff);
      await platform.counts.keep('grocery', old.map((o) => o.id), (fresh) => countOrders(old.filter((o) => fresh.has(o.id)), timeZone()));
      await orders.removeWhere((o) => Date.parse(o.window.deliveryEnd) < cutoff);
      // The store-order CSVs are records of those orders: they go after the same time.
      await purgeOldFiles(storeOrdersDir, days * DAY_MS, now);
    },

    async seedDemo() {
      await doc.update((d) => {
        d.catalog = demoCatalog.map((i) => ({ ...i }));
        d.settings = {
          ...defaultGrocerySettings(),
          windows: [
            ...defaultGrocerySettings().windows,
            { id: 'thu', cutoffDay: 4, cutoffTime: '14:30', deliveryDay: 5, deliveryStart: '12:00', deliveryEnd: '13:00' },
          ],
        };
      });
      return [`Grocery demo catalog: ${demoCatalog.length} items; windows Mon 14:30 → Tue 12-13, Thu 14:30 → Fri 12-13.`];
    },
  };
}
