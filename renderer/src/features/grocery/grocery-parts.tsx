import { useTranslation } from 'react-i18next';
import type { Totals } from '../../../../shared/contract/grocery';
import { formatInteger } from '../../../../shared/domain/format';
import { useShell } from '../../app/shell-context';
import { useMoney } from './grocery-format';

/** − quantity + for one item; a single "Add" button while it is not in the cart. */
export function QuantityStepper(props: { name: string; quantity: number; limit: number; onChange: (quantity: number) => void; addLabel?: boolean }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const { name, quantity, limit, onChange } = props;
  if (quantity === 0 && props.addLabel !== false) {
    return (
      <button type="button" className="button primary grocery-add" aria-label={t('grocery.shop.add', { name })} onClick={() => onChange(1)}>
        <span aria-hidden="true">+ </span>
        {t('grocery.shop.addShort')}
      </button>
    );
  }
  const atLimit = quantity >= limit;
  return (
    <div className="grocery-stepper" role="group" aria-label={t('grocery.stepper.quantity', { count: quantity, name })}>
      <button type="button" className="button stepper-button" aria-label={t('grocery.stepper.decrease', { name })} disabled={quantity <= 0} onClick={() => onChange(quantity - 1)}>
        −
      </button>
      <output className="stepper-value" aria-live="polite">
        {formatInteger(quantity, language)}
      </output>
      <button type="button" className="button stepper-button" aria-label={t('grocery.stepper.increase', { name })} disabled={atLimit} onClick={() => onChange(quantity + 1)}>
        +
      </button>
      {atLimit && quantity > 0 ? <p className="hint stepper-limit">{t('grocery.stepper.atLimit')}</p> : null}
    </div>
  );
}

/** SNAP-eligible and other subtotals shown apart, the estimate, and the note about the final total. */
export function CartTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <div className="grocery-totals">
      <dl>
        <div>
          <dt>{t('grocery.cart.snapSubtotal')}</dt>
          <dd data-testid="snap-subtotal">{money(totals.snapCents)}</dd>
        </div>
        <div>
          <dt>{t('grocery.cart.otherSubtotal')}</dt>
          <dd data-testid="other-subtotal">{money(totals.otherCents)}</dd>
        </div>
        <div className="grocery-total">
          <dt>{t('grocery.cart.estimatedTotal')}</dt>
          <dd data-testid="estimated-total">{money(totals.totalCents)}</dd>
        </div>
      </dl>
      <p className="hint">{t('grocery.cart.finalNote')}</p>
    </div>
  );
}
