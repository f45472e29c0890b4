import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell, visitFlags } from '../../../app/shell-context';
import { ErrorText } from '../../../components/ErrorText';
import { StepLayout } from '../../../flow/StepLayout';
import { kiosk } from '../../../kiosk-client';
import { checkIn, useNurseStatusRefresh, type CheckInFlow } from './parts';

/** The optional screener, asked for first: yes fetches the version patrons answer now and goes to its questions, no checks in straight away. */
export function ConsentStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const closed = useNurseStatusRefresh();
  const [sending, setSending] = useState(false);
  const [loading, setLoading] = useState(false);
  const accept = async () => {
    setLoading(true);
    flow.dispatch({ type: 'error', error: null });
    const result = await kiosk.call('nurse.screener', {});
    setLoading(false);
    if (!result.ok) return flow.dispatch({ type: 'error', error: result.error });
    flow.dispatch({ type: 'definition', definition: result.value });
    flow.dispatch({ type: 'question', index: 0 });
    flow.go('screener');
  };
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
        onPress: () => void accept(),
        busy: loading,
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
