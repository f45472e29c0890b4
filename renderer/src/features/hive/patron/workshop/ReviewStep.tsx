import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell, visitFlags } from '../../../../app/shell-context';
import { ErrorText } from '../../../../components/ErrorText';
import { StepLayout } from '../../../../flow/StepLayout';
import { kiosk } from '../../../../kiosk-client';
import { useFormats } from '../../hive-format';
import { ContactReview } from '../contact';
import { WaitlistNotice } from '../../WaitlistNotice';
import { isFull } from '../workshop-state';
import { datesOf, type WorkshopFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Step 3: the registration at a glance; a full workshop says it is a waitlist before the patron confirms. */
export function ReviewStep({ flow }: { flow: WorkshopFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const [busy, setBusy] = useState(false);
  const { chosen, contact, answers } = flow.data;
  if (!chosen) return null;
  const full = isFull(chosen);
  const confirm = async () => {
    setBusy(true);
    flow.dispatch({ type: 'error', error: null });
    const r = await kiosk.call(
      'hive.register',
      flow.withKey({
        workshopId: chosen.id,
        language: shell.language,
        answers: chosen.questions.map((q) => ({ questionId: q.id, answer: answers[q.id] ?? '' })).filter((a) => a.answer.trim()),
        ...contact,
        visit: visitFlags(shell.visit),
      }),
    );
    setBusy(false);
    if (!r.ok) return flow.dispatch({ type: 'error', error: r.error });
    flow.dispatch({ type: 'result', result: r.value });
    flow.settle();
    flow.go('done');
  };
  return (
    <StepLayout
      title={t('hive.workshop.reviewTitle')}
      split
      intro={
        full ? (
          <div className="notice hive-full-notice">
            <p>{t('hive.workshop.fullNotice')}</p>
            <WaitlistNotice position={chosen.waitlisted + 1} contact={contact} joining />
          </div>
        ) : null
      }
      back={{ label: t('hive.change'), onPress: flow.back }}
      saves
      main={{ label: full ? t('hive.workshop.confirmWaitlist') : t('hive.workshop.confirm'), onPress: () => void confirm(), busy }}
    >
      <ErrorText error={flow.data.error} />
      <dl className="summary-list hive-review">
        <dt>{t('hive.review.workshop')}</dt>
        <dd>{textIn(chosen.title, shell.language)}</dd>
        <dt>{t('hive.review.when')}</dt>
        <dd className="pre-line">{datesOf(chosen, fmt).join('\n')}</dd>
        <dt>{t('hive.review.room')}</dt>
        <dd>{textIn(chosen.room, shell.language)}</dd>
        <ContactReview contact={contact} />
        {chosen.questions.map((q) => (
          <div key={q.id} className="contents">
            <dt>{textIn(q.label, shell.language)}</dt>
            <dd>{answers[q.id] || '—'}</dd>
          </div>
        ))}
      </dl>
    </StepLayout>
  );
}
