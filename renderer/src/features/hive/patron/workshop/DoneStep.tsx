import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { AnythingElse } from '../../../../flow/AnythingElse';
import { StepLayout } from '../../../../flow/StepLayout';
import { WaitlistNotice } from '../../WaitlistNotice';
import { SlipStatus } from '../contact';
import type { WorkshopFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Registered (the code to show at the door), or on the waitlist: the place, how a seat is offered, no seat yet. */
export function DoneStep({ flow }: { flow: WorkshopFlow }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const { result, chosen } = flow.data;
  const title = chosen ? textIn(chosen.title, language) : '';
  const waitlisted = result?.status === 'waitlisted';
  return (
    <StepLayout title={waitlisted ? t('hive.workshop.waitlistedTitle') : t('hive.workshop.doneTitle')} split className="step-confirmation" back={false} home="noConfirm" main={{ label: t('hive.finish'), onPress: flow.finish }}>
      {result ? (
        <div className="hive-done notice notice-ok confirmation-box" role="status">
          {waitlisted ? (
            <WaitlistNotice position={result.position ?? 0} contact={result} />
          ) : (
            <p>
              <strong>{t('hive.workshop.doneBody', { title })}</strong>
            </p>
          )}
          <dl className="summary-list hive-review">
            <dt>{t('hive.review.workshop')}</dt>
            <dd>{title}</dd>
            <dt>{t('hive.review.code')}</dt>
            <dd className="hive-code">{result.code}</dd>
          </dl>
          {waitlisted ? null : <p>{t('hive.workshop.showCode')}</p>}
          <SlipStatus printStatus={result.printStatus} />
        </div>
      ) : null}
      {result ? <AnythingElse done="hive" contact={flow.data.contact} slip={result.visitSlip} /> : null}
    </StepLayout>
  );
}
