import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizePhone } from '../../../../../shared/domain/grocery-cart';
import { whatToBring } from '../../../../../shared/domain/grocery-payment';
import { formatPickup } from '../../../../../shared/domain/grocery-schedule';
import { textIn } from '../../../../../shared/localised-text';
import { useShell, visitFlags } from '../../../app/shell-context';
import { ErrorText } from '../../../components/ErrorText';
import { StepLayout } from '../../../flow/StepLayout';
import { kiosk } from '../../../kiosk-client';
import { BringToPickup } from '../BringToPickup';
import { CartTotals } from '../grocery-parts';
import { CartLines, loadCatalog, reconcile, useCart, type OrderFlow } from './order-parts';

const CART_CODES = new Set(['grocery.cart-changed', 'grocery.over-limit', 'grocery.bad-quantity']);

/** Step 5: everything at a glance, each part with its Change button; Place order. */
export function ReviewStep({ flow }: { flow: OrderFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { items, totals } = useCart(flow);
  const [busy, setBusy] = useState(false);
  const { catalog, contact, payment, cart } = flow.data;
  const pickup = catalog?.pickup ?? null;
  const nameOf = (id: string) => textIn(items.get(id)?.name, shell.language);

  const submit = async () => {
    if (!pickup || !payment) return;
    setBusy(true);
    flow.dispatch({ type: 'error', error: null });
    const result = await kiosk.call('grocery.submitOrder', flow.withKey({ lines: cart, windowKey: pickup.key, contact, payment, language: shell.language, visit: visitFlags(shell.visit) }));
    setBusy(false);
    if (result.ok) {
      flow.dispatch({ type: 'placed', placed: result.value });
      flow.settle();
      flow.go('done');
      return;
    }
    const code = result.error.code;
    if (CART_CODES.has(code)) {
      await reconcile(flow, nameOf);
      flow.go('cart');
      return;
    }
    if (code === 'grocery.window-closed' || code === 'grocery.no-window') await loadCatalog(flow);
    if (code === 'invalid-input' && result.error.fields?.some((f) => f.path.startsWith('contact.'))) {
      flow.dispatch({ type: 'refused', fields: result.error.fields });
      flow.go('contact');
      return;
    }
    flow.dispatch({ type: 'error', error: result.error });
  };

  const change = (step: string, what: string) => (
    <button type="button" className="button small" onClick={() => flow.go(step)}>
      {t('grocery.review.edit')} <span className="visually-hidden">{what}</span>
    </button>
  );

  return (
    <StepLayout
      title={t('grocery.steps.review')}
      className="grocery-review-step"
      saves
      main={{ label: busy ? t('grocery.review.submitting') : t('grocery.review.submit'), onPress: () => void submit(), busy, disabled: !pickup || cart.length === 0 }}
    >
      <ErrorText error={flow.data.error} />
      <div className="grocery-review">
        <section aria-labelledby="review-items" className="grocery-review-items">
          <div className="grocery-review-head">
            <h2 id="review-items">{t('grocery.review.items')}</h2>
            {change('cart', t('grocery.review.items'))}
          </div>
          <CartLines flow={flow} editable={false} />
          <CartTotals totals={totals} />
        </section>
        <div className="grocery-review-side">
          <section aria-labelledby="review-pickup">
            <h2 id="review-pickup">{t('grocery.review.pickup')}</h2>
            <p className="grocery-big" data-testid="review-pickup">
              {pickup && catalog ? formatPickup(pickup, shell.language, catalog.timeZone) : t('grocery.shop.noPickup')}
            </p>
          </section>
          <section aria-labelledby="review-contact">
            <div className="grocery-review-head">
              <h2 id="review-contact">{t('grocery.review.contact')}</h2>
              {change('contact', t('grocery.review.contact'))}
            </div>
            {/* The patron's own details: on their screen, never read aloud. */}
            <p data-private>
              {contact.name}
              <br />
              <bdi dir="ltr">{normalizePhone(contact.phone) ?? contact.phone}</bdi>
              {contact.libraryCard ? (
                <>
                  <br />
                  {contact.libraryCard}
                </>
              ) : null}
            </p>
          </section>
          <section aria-labelledby="review-payment">
            <div className="grocery-review-head">
              <h2 id="review-payment">{t('grocery.review.payment')}</h2>
              {change('payment', t('grocery.review.payment'))}
            </div>
            <p>{payment ? t(`grocery.payment.${payment}`) : ''}</p>
            {payment ? <BringToPickup parts={whatToBring(totals, payment, catalog?.payments ?? [])} /> : null}
          </section>
        </div>
      </div>
    </StepLayout>
  );
}
