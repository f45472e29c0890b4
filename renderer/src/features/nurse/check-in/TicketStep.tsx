import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, lengthSpan } from '../../../../../shared/domain/format';
import { sayDuration } from '../../../../../shared/locales/durations';
import { useShell } from '../../../app/shell-context';
import { AnythingElse } from '../../../flow/AnythingElse';
import { StepLayout } from '../../../flow/StepLayout';
import { LastCheckInNote } from '../NurseHoursNotice';
import type { CheckInFlow } from './parts';

const AUTO_RETURN_SECONDS = 20;

/** The number, large; it clears itself after 20 seconds so the next person sees nothing. */
export function TicketStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const [secondsLeft, setSecondsLeft] = useState(AUTO_RETURN_SECONDS);
  const { ticket } = flow.data;
  const { finish } = flow;
  useEffect(() => {
    // Counted from the clock, not from ticks: a throttled or late timer still clears on time.
    const deadline = Date.now() + AUTO_RETURN_SECONDS * 1000;
    const timer = setInterval(() => setSecondsLeft(Math.ceil((deadline - Date.now()) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (secondsLeft <= 0) finish();
  }, [secondsLeft, finish]);
  if (!ticket) return null;
  return (
    <StepLayout title={t('nurse.ticket.title')} split back={false} home="noConfirm" className="nurse-ticket step-confirmation" main={{ label: t('nurse.ticket.done'), onPress: finish }}>
      <div className="notice notice-ok nurse-ticket-box confirmation-box">
        <p>{t('nurse.ticket.numberLabel')}</p>
        <p className="nurse-ticket-number" data-testid="nurse-ticket-number">
          {formatInteger(ticket.number, language)}
        </p>
        <p className="nurse-ticket-wait">{ticket.ahead === 0 ? t('nurse.ticket.next') : t('nurse.ticket.wait', { duration: sayDuration(t, lengthSpan(ticket.waitMinutes), language) })}</p>
        <LastCheckInNote closesAt={ticket.closesAt} />
        <p>{ticket.printed ? t('nurse.ticket.printed') : t('nurse.ticket.notPrinted')}</p>
        <p>{t('nurse.ticket.watch')}</p>
        <p className="hint" aria-live="off">
          {t('nurse.ticket.autoReturn', { count: Math.max(0, secondsLeft) })}
        </p>
      </div>
      {/* The patron's own screen (never the lobby display): with a food need the screener found, ordering comes first. */}
      <AnythingElse done="nurse" contact={{ name: flow.data.after?.name ?? '' }} handoff={flow.data.after?.foodNeed ?? false} slip={ticket.visitSlip} />
    </StepLayout>
  );
}
