import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { AnythingElse } from '../../../../flow/AnythingElse';
import { StepLayout } from '../../../../flow/StepLayout';
import { CancelDeadlineNote } from '../../CancelDeadlineNote';
import { firstName, useFormats } from '../../hive-format';
import { SlipStatus } from '../contact';
import type { MentorFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Booked: when, with whom, where, the code, and until when (and how) it can be cancelled. */
export function DoneStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const { booked, catalog } = flow.data;
  return (
    <StepLayout title={t('hive.mentor.doneTitle')} split className="step-confirmation" back={false} home="noConfirm" main={{ label: t('hive.finish'), onPress: flow.finish }}>
      {booked ? (
        <div className="hive-done notice notice-ok confirmation-box" role="status">
          <p>{t('hive.mentor.doneBody', { name: firstName(booked.mentorName) })}</p>
          <dl className="summary-list hive-review">
            <dt>{t('hive.review.when')}</dt>
            <dd>{fmt.dayTime(booked.start)}</dd>
            <dt>{t('hive.review.mentor')}</dt>
            <dd>{firstName(booked.mentorName)}</dd>
            <dt>{t('hive.review.room')}</dt>
            <dd>{textIn(booked.room, shell.language)}</dd>
            <dt>{t('hive.review.code')}</dt>
            <dd className="hive-code">{booked.code}</dd>
          </dl>
          <p>{t('hive.bring', { what: catalog ? textIn(catalog.whatToBring, shell.language) : '' })}</p>
          <CancelDeadlineNote rule={booked} />
          <SlipStatus printStatus={booked.printStatus} />
        </div>
      ) : null}
      {booked ? <AnythingElse done="hive" contact={flow.data.contact} slip={booked.visitSlip} /> : null}
    </StepLayout>
  );
}
