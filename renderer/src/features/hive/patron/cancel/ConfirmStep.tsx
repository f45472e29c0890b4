import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { ErrorText } from '../../../../components/ErrorText';
import type { Flow } from '../../../../flow/flow';
import { StepLayout } from '../../../../flow/StepLayout';
import { kiosk } from '../../../../kiosk-client';
import { useFormats } from '../../hive-format';
import type { CancelAction, CancelData } from '../cancel-state';
import { textIn } from '../../../../../../shared/localised-text';

/** Step 2: what would be cancelled (times, a title or the mentor's first name only), then cancel it. */
export function ConfirmStep({ flow }: { flow: Flow<CancelData, CancelAction> }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const [busy, setBusy] = useState(false);
  const { found, code, contact } = flow.data;
  if (!found) return null;
  const cancel = async () => {
    setBusy(true);
    flow.dispatch({ type: 'error', error: null });
    const r = await kiosk.call('hive.cancelByCode', flow.withKey({ code, contact }));
    setBusy(false);
    if (!r.ok) return flow.dispatch({ type: 'error', error: r.error });
    flow.dispatch({ type: 'cancelled' });
    flow.settle();
    flow.go('done');
  };
  const what = found.kind === 'booking' ? t('hive.cancel.mentorMeeting', { name: found.mentorFirstName }) : t('hive.cancel.workshop', { title: found.workshopTitle ? textIn(found.workshopTitle, shell.language) : '' });
  return (
    <StepLayout title={t('hive.cancel.confirmTitle')} split saves back={{ label: t('hive.cancel.keep'), onPress: flow.back }} main={{ label: t('hive.cancel.confirm'), onPress: () => void cancel(), busy }}>
      <ErrorText error={flow.data.error} />
      <dl className="summary-list hive-review" data-testid="hive-cancel-summary">
        <dt>{t('hive.cancel.what')}</dt>
        <dd>{what}</dd>
        <dt>{t('hive.cancel.date')}</dt>
        <dd>{fmt.day(found.start)}</dd>
        <dt>{t('hive.cancel.time')}</dt>
        <dd>
          {fmt.time(found.start)} – {fmt.time(found.end)}
        </dd>
      </dl>
      {found.kind === 'registration' && found.sessions > 1 ? <p>{t('hive.cancel.series', { count: found.sessions })}</p> : null}
      {found.status === 'waitlisted' ? <p>{t('hive.cancel.waitlisted')}</p> : null}
    </StepLayout>
  );
}
