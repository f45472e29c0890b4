// Pieces several grocery steps share: the cart with its items, the catalog loader, the cart check.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../../shared/contract/grocery';
import { limitOf, totalsOf } from '../../../../../shared/domain/grocery-cart';
import { formatInteger } from '../../../../../shared/domain/format';
import { formatInstant, formatPickup } from '../../../../../shared/domain/grocery-schedule';
import { textIn } from '../../../../../shared/localised-text';
import { useShell } from '../../../app/shell-context';
import { Picture } from '../../../flow/Picture';
import type { Flow } from '../../../flow/flow';
import { kiosk } from '../../../kiosk-client';
import { useMoney } from '../grocery-format';
import { QuantityStepper } from '../grocery-parts';
import type { OrderAction, OrderData } from './order-state';

export type OrderFlow = Flow<OrderData, OrderAction>;

/** The cart joined with the catalog, its totals, and a setter per item. */
export function useCart(flow: OrderFlow) {
  const { catalog, cart } = flow.data;
  const items = useMemo(() => new Map((catalog?.items ?? []).map((i) => [i.id, i])), [catalog]);
  const lines = cart.flatMap((line) => {
    const item = items.get(line.itemId);
    return item ? [{ line, item }] : [];
  });
  const totals = totalsOf(lines.map(({ line, item }) => ({ unitPriceCents: item.priceCents, snapEligible: item.snapEligible, quantity: line.quantity })));
  const quantityOf = (id: string) => cart.find((l) => l.itemId === id)?.quantity ?? 0;
  const change = (item: CatalogItem, quantity: number) => flow.dispatch({ type: 'quantity', item, quantity });
  return { items, lines, totals, quantityOf, change };
}

export async function loadCatalog(flow: OrderFlow): Promise<void> {
  const result = await kiosk.call('grocery.catalog', {});
  flow.dispatch(result.ok ? { type: 'catalog', catalog: result.value } : { type: 'error', error: result.error });
}

/** Asks the backend about the cart; applies and lists what changed. True when nothing did. */
export async function reconcile(flow: OrderFlow, nameOf: (id: string) => string): Promise<boolean> {
  const result = await kiosk.call('grocery.checkCart', { lines: flow.data.cart });
  if (!result.ok) {
    flow.dispatch({ type: 'error', error: result.error });
    return false;
  }
  if (result.value.issues.length === 0) return true;
  flow.dispatch({ type: 'reconciled', issues: result.value.issues, nameOf });
  await loadCatalog(flow);
  return false;
}

/** The cart's lines; with steppers when the patron may still change them. */
export function CartLines({ flow, editable, compact }: { flow: OrderFlow; editable: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const money = useMoney();
  const { lines, change } = useCart(flow);
  return (
    <ul className={`grocery-cart-lines ${compact ? 'compact' : ''}`}>
      {lines.map(({ line, item }) => (
        <li key={item.id} className="grocery-cart-line">
          <Picture picture={item.picture} className="grocery-line-picture" />
          <div className="grocery-cart-line-text">
            <span className="grocery-card-name">{textIn(item.name, language)}</span>
            {compact ? null : (
              <span className="grocery-line-detail">
                {textIn(item.size, language)} · {money(item.priceCents)} · {item.snapEligible ? t('grocery.shop.snap') : t('grocery.shop.notSnap')}
              </span>
            )}
          </div>
          {editable ? (
            <QuantityStepper name={textIn(item.name, language)} quantity={line.quantity} limit={limitOf(item)} onChange={(q) => change(item, q)} addLabel={false} />
          ) : (
            <span className="grocery-line-quantity">{formatInteger(line.quantity, language)} ×</span>
          )}
          <span className="grocery-line-total">{money(item.priceCents * line.quantity)}</span>
        </li>
      ))}
    </ul>
  );
}

/** When and where the order is picked up, and until when it can be placed. */
export function PickupNote({ flow, compact }: { flow: OrderFlow; compact?: boolean }) {
  const { t } = useTranslation();
  const shell = useShell();
  const catalog = flow.data.catalog;
  if (!catalog) return null;
  const pickup = catalog.pickup;
  const timeZone = catalog.timeZone;
  if (!pickup) return <p className="grocery-pickup-banner">{t('grocery.shop.noPickup')}</p>;
  if (compact) {
    return (
      <p className="grocery-pickup-banner" data-testid="next-pickup">
        {t('grocery.shop.nextPickup', { when: formatPickup(pickup, shell.language, timeZone) })}
        <span className="grocery-order-by"> · {t('grocery.shop.orderBy', { when: formatInstant(pickup.cutoffAt, shell.language, timeZone) })}</span>
      </p>
    );
  }
  return (
    <section className="grocery-pickup notice" aria-labelledby="pickup-heading">
      <h2 id="pickup-heading">{t('grocery.pickup.title')}</h2>
      <p>{t('grocery.pickup.body')}</p>
      <p className="grocery-big" data-testid="pickup-time">
        {formatPickup(pickup, shell.language, timeZone)}
      </p>
      <p>{t('grocery.pickup.where', { branch: shell.settings.branchName })}</p>
      <p>{t('grocery.pickup.cutoff', { when: formatInstant(pickup.cutoffAt, shell.language, timeZone) })}</p>
    </section>
  );
}

/** "4 items · $16.76" beside the main action. */
export function CartSummary({ flow }: { flow: OrderFlow }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { totals } = useCart(flow);
  return (
    <span data-testid="cart-summary">
      {t('grocery.cart.itemCount', { count: totals.itemCount })} · {money(totals.totalCents)}
    </span>
  );
}
