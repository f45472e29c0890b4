import { useTranslation } from 'react-i18next';
import type { Flow } from '../../../../flow/flow';
import { StepLayout } from '../../../../flow/StepLayout';
import type { CancelAction, CancelData } from '../cancel-state';

export function DoneStep({ flow }: { flow: Flow<CancelData, CancelAction> }) {
  const { t } = useTranslation();
  return (
    <StepLayout title={t('hive.cancel.doneTitle')} split className="step-confirmation" back={false} home="noConfirm" main={{ label: t('hive.finish'), onPress: flow.finish }}>
      <div className="hive-done notice notice-ok confirmation-box" role="status">
        <p>
          <strong>{flow.data.found?.kind === 'booking' ? t('hive.cancel.doneBooking') : t('hive.cancel.doneWorkshop')}</strong>
        </p>
      </div>
    </StepLayout>
  );
}
