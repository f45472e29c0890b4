import type { OrderLine, OrderWindow, PaymentMethod } from '../../../shared/contract/grocery';
import type { LanguageCode } from '../../../shared/languages';
import { KioskFailure } from '../../../shared/result';
import { formatCents, totalsOf } from '../../../shared/domain/grocery-cart';
import { formatPickup } from '../../../shared/domain/grocery-schedule';
import type { PrintService } from '../printing/print-api';
import { html, type SafeHtml } from '../printing/templates/html';
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
};

const field = (label: string, value: string | SafeHtml): SafeHtml => html`<div class="field"><dt>${label}</dt><dd>${value}</dd></div>`;

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
      const money = (cents: number) => formatCents(cents, language);
      const totals = totalsOf(order.lines);
      return {
        title: t('grocery.print.receiptTitle', { number: order.number }),
        qrText: order.number,
        body: html`<div class="big-number"><p class="big-number-label">${t('grocery.print.orderNumber')}</p><p class="big-number-value">${order.number}</p></div>
<dl class="fields">
  ${field(t('grocery.print.name'), order.contact.name)}
  ${field(t('grocery.print.pickup'), formatPickup(order.window, language, sources.timeZone()))}
  ${field(t('grocery.print.howToPay'), t(`grocery.payment.${order.payment}`))}
</dl>
<table class="items">
  <thead><tr><th>${t('grocery.print.item')}</th><th>${t('grocery.cart.estimatedTotal')}</th></tr></thead>
  <tbody>${order.lines.map(
    (line) => html`<tr><td>${line.quantity} × ${line.name[language]} (${line.size})${line.snapEligible ? ' *' : ''}</td><td>${money(line.unitPriceCents * line.quantity)}</td></tr>`,
  )}</tbody>
</table>
<dl class="fields">
  ${field(t('grocery.cart.snapSubtotal'), money(totals.snapCents))}
  ${field(t('grocery.cart.otherSubtotal'), money(totals.otherCents))}
  ${field(t('grocery.cart.estimatedTotal'), html`<strong>${money(totals.totalCents)}</strong>`)}
</dl>
<p class="note">* ${t('grocery.print.snapMark')}. ${t('grocery.cart.finalNote')}</p>
<p>${t('grocery.print.bring')}: ${t(`grocery.print.bringFor.${order.payment}`)}</p>`,
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
        body: html`<div class="big-number"><p class="big-number-label">${t('grocery.print.orderNumber')}</p><p class="big-number-value">${order.number}</p></div>
<p class="big-number-label"><strong>${order.contact.name}</strong></p>
<dl class="fields">
  ${field(t('grocery.print.bin'), html`<strong>${order.bin ?? '—'}</strong>`)}
  ${field(t('grocery.print.items'), t('grocery.print.itemCount', { count: totals.itemCount }))}
  ${field(t('grocery.print.howToPay'), t(`grocery.payment.${order.payment}`))}
  ${field(t('grocery.print.pickup'), formatPickup(order.window, language, sources.timeZone()))}
</dl>`,
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
      const items = [...byItem.values()].sort((a, b) => a.line.name[language].localeCompare(b.line.name[language], language));
      return {
        title: t('grocery.print.picklistTitle', { window: ref }),
        qrText: ref,
        body: html`<p>${t('grocery.print.ordersCount', { count: orders.length })}</p>
<h2>${t('grocery.print.allItems')}</h2>
<table class="items">
  <thead><tr><th>${t('grocery.print.item')}</th><th>${t('grocery.print.size')}</th><th>${t('grocery.print.quantity')}</th></tr></thead>
  <tbody>${items.map(({ line, quantity }) => html`<tr><td>${line.name[language]}</td><td>${line.size}</td><td>${quantity}</td></tr>`)}</tbody>
</table>
<h2>${t('grocery.print.perOrder')}</h2>
${orders.map(
  (order) => html`<div class="part"><h2>${order.number} — ${order.contact.name}${order.bin !== null ? ` (${t('grocery.print.bin')} ${order.bin})` : ''}</h2>
<table class="items"><tbody>${order.lines.map((line) => html`<tr><td>${line.name[language]} (${line.size})</td><td>${line.quantity}</td></tr>`)}</tbody></table></div>`,
)}`,
      };
    },
  });
}
