import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../../../shared/localised-text';
import { useShell } from '../../../app/shell-context';
import { Dialog } from '../../../components/Dialog';
import { ErrorText } from '../../../components/ErrorText';
import { StepLayout } from '../../../flow/StepLayout';
import { useMoney } from '../grocery-format';
import { CartTotals } from '../grocery-parts';
import { CartLines, CartSummary, PickupNote, reconcile, useCart, type OrderFlow } from './order-parts';

/** Step 2: the cart to change, its totals (SNAP apart), and when it is picked up. */
export function CartStep({ flow }: { flow: OrderFlow }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const money = useMoney();
  const { items, totals } = useCart(flow);
  const [busy, setBusy] = useState(false);
  const empty = flow.data.cart.length === 0;
  const pickup = flow.data.catalog?.pickup ?? null;
  const changes = flow.data.changes;

  const checkout = async () => {
    if (empty) {
      flow.dispatch({ type: 'error', error: { code: 'grocery.cart-empty', message: '' } });
      return;
    }
    setBusy(true);
    flow.dispatch({ type: 'error', error: null });
    const fine = await reconcile(flow, (id) => textIn(items.get(id)?.name, language));
    setBusy(false);
    if (fine) flow.go('contact');
  };

  return (
    <StepLayout
      title={t('grocery.steps.cart')}
      split
      intro={<PickupNote flow={flow} />}
      back={{ label: t('grocery.cart.keepShopping'), onPress: () => flow.go('shop') }}
      main={{ label: t('grocery.cart.checkout'), onPress: () => void checkout(), busy, disabled: !pickup }}
      summary={<CartSummary flow={flow} />}
    >
      <ErrorText error={flow.data.error} />
      {empty ? <p>{t('grocery.cart.empty')}</p> : <CartLines flow={flow} editable />}
      <CartTotals totals={totals} />
      {changes ? (
        <Dialog title={t('grocery.changed.title')} role="alertdialog" onClose={() => flow.dispatch({ type: 'changesSeen' })}>
          <p>{t('grocery.changed.body')}</p>
          <ul data-testid="cart-changes">
            {changes.map(({ issue, name }) => (
              <li key={`${issue.itemId}-${issue.code}`}>
                {issue.code === 'inactive'
                  ? t('grocery.changed.inactive', { name })
                  : issue.code === 'missing'
                    ? t('grocery.changed.missing')
                    : issue.code === 'price-changed'
                      ? t('grocery.changed.priceChanged', { name, old: money(issue.oldPriceCents ?? 0), new: money(issue.newPriceCents ?? 0) })
                      : issue.code === 'over-limit'
                        ? t('grocery.changed.overLimit', { name, limit: issue.limit ?? 0 })
                        : t('grocery.changed.badQuantity', { name })}
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={() => flow.dispatch({ type: 'changesSeen' })}>
              {t('grocery.changed.ok')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </StepLayout>
  );
}
