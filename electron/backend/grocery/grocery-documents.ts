import type { OrderLine, OrderWindow, PaymentMethod } from '../../../shared/contract/grocery';
import { formatDigits, formatInteger, formatMoney } from '../../../shared/domain/format';
import { localeTagOf, type LanguageCode } from '../../../shared/languages';
import { textIn } from '../../../shared/localised-text';
import { KioskFailure } from '../../../shared/result';
import { totalsOf } from '../../../shared/domain/grocery-cart';
import { bringLine, whatToBring } from '../../../shared/domain/grocery-payment';
import { formatPickup } from '../../../shared/domain/grocery-schedule';
import type { PrintService } from '../printing/print-api';
import { html, type SafeHtml } from '../printing/templates/html';
import { bigNumber, fieldList, itemTable, note } from '../printing/templates/layout';
import { translatorFor } from '../printing/templates/translator';

export type PrintableOrder = {
  id: string;
  number: string;
  window: OrderWindow;
  lines: OrderLine[];
  contact: { name: string };
  payment: PaymentMethod;
  language: LanguageCode;
  bin: number | null;
};

type Sources = {
  order(id: string): PrintableOrder | undefined;
  windowOrders(windowKey: string): PrintableOrder[];
  timeZone(): string;
  /** The ways to pay the branch takes now (what "another way to pay" means). */
  payments(): PaymentMethod[];
};

/** "Bring to pickup": one line per part of the payment, with its estimated amount (grocery-payment.ts). */
function bringList(order: PrintableOrder, language: LanguageCode, payments: PaymentMethod[]): SafeHtml {
  const t = translatorFor(language);
  const parts = whatToBring(totalsOf(order.lines), order.payment, payments);
  return html`<h2>${t('grocery.bring.title')}</h2>
<ul>${parts.map((part) => html`<li>${bringLine(part, language, t)}</li>`)}<li>${t('grocery.bring.bag')}</li></ul>`;
}

const mustFind = (order: PrintableOrder | undefined, ref: string): PrintableOrder => {
  if (!order) throw new KioskFailure('not-found', `No grocery order ${ref}`);
  return order;
};

// Orders hold patron names and contacts: only the grocery desk roles may see them.
const GROCERY_ROLES = ['librarian', 'admin'] as const;

/** Registers the receipt, the pickup slip and the picking list with the printing pipeline. */
export function registerGroceryDocuments(printing: PrintService, sources: Sources): void {
  printing.registerDocument('grocery.receipt', {
    paper: 'receipt',
    roles: GROCERY_ROLES,
    render(ref, language) {
      const order = mustFind(sources.order(ref), ref);
      const t = translatorFor(language);
      const money = (cents: number) => formatMoney(cents, language);
      const totals = totalsOf(order.lines);
      return {
        title: t('grocery.print.receiptTitle', { number: order.number }),
        qrText: order.number,
        body: html`${bigNumber(t('grocery.print.orderNumber'), formatDigits(order.number, language))}
${fieldList([
  [t('grocery.print.name'), order.contact.name],
  [t('grocery.print.pickup'), formatPickup(order.window, language, sources.timeZone())],
  [t('grocery.print.howToPay'), t(`grocery.payment.${order.payment}`)],
])}
${itemTable(
  [t('grocery.print.item'), t('grocery.cart.estimatedTotal')],
  order.lines.map((line) => [`${formatInteger(line.quantity, language)} × ${textIn(line.name, language)} (${textIn(line.size, language)})${line.snapEligible ? ' *' : ''}`, money(line.unitPriceCents * line.quantity)]),
)}
${fieldList([
  [t('grocery.cart.snapSubtotal'), money(totals.snapCents)],
  [t('grocery.cart.otherSubtotal'), money(totals.otherCents)],
  [t('grocery.cart.estimatedTotal'), html`<strong>${money(totals.totalCents)}</strong>`],
])}
${note(`* ${t('grocery.print.snapMark')}. ${t('grocery.cart.finalNote')}`)}
${bringList(order, language, sources.payments())}`,
      };
    },
  });

  printing.registerDocument('grocery.pickup-slip', {
    paper: 'receipt',
    roles: GROCERY_ROLES,
    render(ref, language) {
      const order = mustFind(sources.order(ref), ref);
      const t = translatorFor(language);
      const totals = totalsOf(order.lines);
      return {
        title: t('grocery.print.slipTitle', { number: order.number }),
        qrText: order.number,
        body: html`${bigNumber(t('grocery.print.orderNumber'), formatDigits(order.number, language))}
<p class="big-number-label"><strong>${order.contact.name}</strong></p>
${fieldList([
  [t('grocery.print.bin'), html`<strong>${order.bin ?? '—'}</strong>`],
  [t('grocery.print.items'), t('grocery.print.itemCount', { count: totals.itemCount })],
  [t('grocery.print.howToPay'), t(`grocery.payment.${order.payment}`)],
  [t('grocery.print.pickup'), formatPickup(order.window, language, sources.timeZone())],
])}
${bringList(order, language, sources.payments())}
${note(t('grocery.bring.estimate'))}`,
      };
    },
  });

  printing.registerDocument('grocery.picklist', {
    paper: 'sheet',
    roles: GROCERY_ROLES,
    render(ref, language) {
      const orders = sources.windowOrders(ref);
      const t = translatorFor(language);
      const byItem = new Map<string, { line: OrderLine; quantity: number }>();
      for (const order of orders) {
        for (const line of order.lines) {
          const entry = byItem.get(line.itemId) ?? { line, quantity: 0 };
          entry.quantity += line.quantity;
          byItem.set(line.itemId, entry);
        }
      }
      const nameOf = (line: OrderLine) => textIn(line.name, language);
      const items = [...byItem.values()].sort((a, b) => nameOf(a.line).localeCompare(nameOf(b.line), localeTagOf(language)));
      return {
        title: t('grocery.print.picklistTitle', { window: ref }),
        qrText: ref,
        body: html`<p>${t('grocery.print.ordersCount', { count: orders.length })}</p>
<h2>${t('grocery.print.allItems')}</h2>
${itemTable(
  [t('grocery.print.item'), t('grocery.print.size'), t('grocery.print.quantity')],
  items.map(({ line, quantity }) => [nameOf(line), textIn(line.size, language), formatInteger(quantity, language)]),
)}
<h2>${t('grocery.print.perOrder')}</h2>
${orders.map(
  (order) => html`<div class="part"><h2>${order.number} — ${order.contact.name}${order.bin !== null ? ` (${t('grocery.print.bin')} ${order.bin})` : ''}</h2>
<table class="items"><tbody>${order.lines.map((line) => html`<tr><td>${nameOf(line)} (${textIn(line.size, language)})</td><td>${formatInteger(line.quantity, language)}</td></tr>`)}</tbody></table></div>`,
)}`,
      };
    },
  });
}
