import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell, visitFlags } from '../../../../app/shell-context';
import { ErrorText } from '../../../../components/ErrorText';
import { StepLayout } from '../../../../flow/StepLayout';
import { kiosk } from '../../../../kiosk-client';
import { CancelDeadlineNote } from '../../CancelDeadlineNote';
import { useFormats } from '../../hive-format';
import { ContactReview } from '../contact';
import { areaName, mentorOf, type MentorFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Step 6: the booking at a glance, with until when it can be cancelled; Confirm books it. A time taken meanwhile sends the patron back to the times. */
export function ReviewStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const [busy, setBusy] = useState(false);
  const { chosen, stage, industry, wants, contact, area } = flow.data;
  const mentor = mentorOf(flow, chosen?.mentorId);

  const confirm = async () => {
    if (!chosen || !stage) return;
    setBusy(true);
    flow.dispatch({ type: 'error', error: null });
    const r = await kiosk.call('hive.book', flow.withKey({ mentorId: chosen.mentorId, start: chosen.start, area, stage, industry, wants, language: shell.language, ...contact, visit: visitFlags(shell.visit) }));
    setBusy(false);
    if (r.ok) {
      flow.dispatch({ type: 'booked', booked: r.value });
      flow.settle();
      flow.go('done');
      return;
    }
    flow.dispatch({ type: 'error', error: r.error });
    // The time was taken or is no longer bookable: the next open times.
    if (r.error.code.startsWith('hive.slot-')) {
      flow.dispatch({ type: 'slot', slot: null });
      flow.dispatch({ type: 'error', error: r.error });
      flow.go('times');
    } else if (r.error.code === 'hive.contact-missing' || r.error.code.endsWith('-invalid')) {
      flow.dispatch({ type: 'checkContact' });
      flow.go('contact');
    }
  };

  return (
    <StepLayout title={t('hive.mentor.reviewTitle')} split saves back={{ label: t('hive.change'), onPress: flow.back }} main={{ label: t('hive.mentor.confirm'), onPress: () => void confirm(), busy }}>
      <ErrorText error={flow.data.error} />
      <dl className="summary-list hive-review">
        <dt>{t('hive.review.when')}</dt>
        <dd>{chosen ? fmt.dayTime(chosen.start) : ''}</dd>
        <dt>{t('hive.review.mentor')}</dt>
        <dd>{mentor?.displayName}</dd>
        <dt>{t('hive.review.room')}</dt>
        <dd>{textIn(mentor?.room, shell.language)}</dd>
        <dt>{t('hive.review.help')}</dt>
        <dd>{areaName(flow, shell.language)}</dd>
        <dt>{t('hive.intake.stage')}</dt>
        <dd>{stage ? t(`hive.stage.${stage}`) : ''}</dd>
        <dt>{t('hive.intake.industry')}</dt>
        <dd>{industry || '—'}</dd>
        <dt>{t('hive.intake.wants')}</dt>
        <dd>{wants || '—'}</dd>
        <ContactReview contact={contact} />
      </dl>
      {chosen ? <CancelDeadlineNote rule={chosen} /> : null}
    </StepLayout>
  );
}
