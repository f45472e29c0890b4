import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../../../shared/contract/grocery';
import type { ScreenIllustration } from '../../../../../shared/domain/pictures';
import { whatToBring } from '../../../../../shared/domain/grocery-payment';
import { ChoiceCards } from '../../../flow/ChoiceCards';
import { StepLayout } from '../../../flow/StepLayout';
import { BringLines } from '../BringToPickup';
import { useCart, type OrderFlow } from './order-parts';

const pictures: Record<PaymentMethod, ScreenIllustration> = { snap: 'identification-card', card: 'credit-card', cash: 'dollar-banknote' };

/**
 * Step 4: how the patron pays at pickup. Each way says what to bring for how much (SNAP pays only for the SNAP
 * items, so a mixed cart needs another way for the rest). Tapping a way to pay moves on.
 */
export function PaymentStep({ flow }: { flow: OrderFlow }) {
  const { t } = useTranslation();
  const { totals } = useCart(flow);
  const { payment } = flow.data;
  const accepted = flow.data.catalog?.payments ?? [];
  const [tried, setTried] = useState(false);
  const choose = (method: PaymentMethod) => {
    flow.dispatch({ type: 'payment', method });
    flow.go('review');
  };
  return (
    <StepLayout
      title={t('grocery.pay.title')}
      split
      intro={<p>{t('grocery.pay.body')}</p>}
      main={{ label: t('grocery.nav.next'), onPress: () => (payment ? flow.go('review') : setTried(true)) }}
    >
      <ChoiceCards
        label={t('grocery.pay.title')}
        choices={accepted.map((method) => ({
          value: method,
          label: t(`grocery.payment.${method}`),
          detail: <BringLines parts={whatToBring(totals, method, accepted)} />,
          picture: pictures[method],
        }))}
        selected={payment ? [payment] : []}
        onChoose={choose}
        error={tried && !payment ? t('grocery.pay.choose') : undefined}
        errorId="payment-error"
      />
      <p className="hint">{t('grocery.bring.estimate')}</p>
    </StepLayout>
  );
}
