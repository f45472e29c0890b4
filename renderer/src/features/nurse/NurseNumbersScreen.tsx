import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import type { KioskError } from '../../../../shared/result';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { kiosk } from '../../kiosk-client';
import { NurseTodayPanel } from './NurseTodayPanel';
import { useReprintNotice } from './reprint-notice';
import { useTopics } from '../../app/use-topics';
import './nurse.css';

/** For librarians at the desk: the nurse queue as numbers and counts only. */
export function NurseNumbersScreen() {
  const { t } = useTranslation();
  const [numbers, setNumbers] = useState<OperationOutput<'nurse.queueNumbers'> | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  useTopics(['queue'], async () => {
    const result = await kiosk.call('nurse.queueNumbers', {});
    if (result.ok) setNumbers(result.value);
    else setError(result.error);
  }, 5000);
  const [notice, setNotice] = useState<string | null>(null);
  const reprinted = useReprintNotice();
  const reprint = async (number: number) => {
    setNotice(null);
    const result = await kiosk.call('nurse.reprintTicket', { number });
    if (!result.ok) setError(result.error);
    else {
      setError(null);
      setNotice(reprinted(result.value));
    }
  };
  const list = (values: number[]) => (values.length === 0 ? t('nurse.numbers.none') : values.join(', '));
  return (
    <Screen
      title={t('nurse.numbers.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <p>{t('nurse.numbers.note')}</p>
      <NurseTodayPanel />
      <div aria-live="polite">
        {notice ? <p role="status">{notice}</p> : null}
        <ErrorText error={error} />
      </div>
      {numbers ? (
        <dl className="nurse-answers">
          <dt>{t('nurse.numbers.called')}</dt>
          <dd>{list(numbers.called)}</dd>
          <dt>{t('nurse.numbers.inVisit')}</dt>
          <dd>{list(numbers.inVisit)}</dd>
          <dt>{t('nurse.numbers.waiting')}</dt>
          <dd>{list(numbers.waiting)}</dd>
          <dt>{t('nurse.numbers.done')}</dt>
          <dd>{numbers.done}</dd>
          <dt>{t('nurse.numbers.left')}</dt>
          <dd>{numbers.left}</dd>
        </dl>
      ) : null}
      {numbers ? (
        <section className="nurse-section" aria-labelledby="nurse-reprint-title">
          <h2 id="nurse-reprint-title">{t('nurse.numbers.reprintTitle')}</h2>
          <p>{t('nurse.numbers.reprintNote')}</p>
          {numbers.waiting.length === 0 ? <p>{t('nurse.numbers.reprintNone')}</p> : null}
          <div className="row">
            {numbers.waiting.map((number) => (
              <button key={number} type="button" className="button secondary" onClick={() => void reprint(number)}>
                {t('nurse.console.reprintTicketLabel', { number })}
              </button>
            ))}
          </div>
        </section>
      ) : null}
    </Screen>
  );
}
