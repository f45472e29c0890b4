import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell, visitFlags } from '../../../app/shell-context';
import { ErrorText } from '../../../components/ErrorText';
import { StepLayout } from '../../../flow/StepLayout';
import { checkIn, useNurseStatusRefresh, type CheckInFlow } from './parts';

/** The optional screener, asked for first: yes goes to the questions, no checks in straight away. */
export function ConsentStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const closed = useNurseStatusRefresh();
  const [sending, setSending] = useState(false);
  const decline = async () => {
    setSending(true);
    flow.dispatch({ type: 'noScreener' });
    await checkIn(flow, shell.language, null, closed, visitFlags(shell.visit));
    setSending(false);
  };
  return (
    <StepLayout
      title={t('nurse.screener.consentTitle')}
      split
      saves
      main={{
        label: t('nurse.screener.yes'),
        onPress: () => {
          flow.dispatch({ type: 'question', index: 0 });
          flow.go('screener');
        },
      }}
      extra={
        <button type="button" className="button secondary action-other" disabled={sending || shell.readOnly} onClick={() => void decline()}>
          {sending ? t('nurse.checkIn.sending') : t('nurse.screener.no')}
        </button>
      }
    >
      <p>{t('nurse.screener.consentBody')}</p>
      <ErrorText error={flow.data.error} />
    </StepLayout>
  );
}
