import { useTranslation } from 'react-i18next';
import { formatDigits } from '../../../../../shared/domain/format';
import { formatPickup } from '../../../../../shared/domain/grocery-schedule';
import { useShell } from '../../../app/shell-context';
import { AnythingElse } from '../../../flow/AnythingElse';
import { StepLayout } from '../../../flow/StepLayout';
import { BringToPickup } from '../BringToPickup';
import { CartTotals } from '../grocery-parts';
import type { OrderFlow } from './order-parts';

/** The order number, large; when to come, what to bring, and where the receipt is. */
export function DoneStep({ flow }: { flow: OrderFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const placed = flow.data.placed;
  const timeZone = flow.data.catalog?.timeZone ?? shell.settings.timeZone;
  return (
    <StepLayout title={t('grocery.done.title')} split className="step-confirmation" back={false} home="noConfirm" main={{ label: t('grocery.done.finish'), onPress: flow.finish }}>
      {placed ? (
        <section className="grocery-done notice notice-ok confirmation-box" aria-live="polite">
          <p>{t('grocery.done.number')}</p>
          <p className="grocery-order-number" data-testid="order-number">
            {formatDigits(placed.orderNumber, shell.language)}
          </p>
          <p className="grocery-big">{t('grocery.done.pickup', { when: formatPickup(placed.window, shell.language, timeZone) })}</p>
          <CartTotals totals={placed.totals} />
          <BringToPickup parts={placed.bring} />
          <p className="grocery-receipt-note" data-testid="receipt-note">
            {placed.receipt === 'printed' ? t('grocery.done.receiptPrinted') : t('grocery.done.receiptDesk')}
          </p>
        </section>
      ) : null}
      {placed ? <AnythingElse done="grocery" contact={flow.data.contact} slip={placed.visitSlip} /> : null}
    </StepLayout>
  );
}
