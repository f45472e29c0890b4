import { useTranslation } from 'react-i18next';
import { StepLayout } from '../../../flow/StepLayout';
import type { CheckInFlow } from './parts';

/** First: what to do in an emergency, before anything else. */
export function EmergencyStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  return (
    <StepLayout title={t('nurse.emergency.title')} split main={{ label: t('nurse.emergency.continue'), onPress: () => flow.go('name') }}>
      <p className="nurse-emergency" role="note">
        {t('nurse.emergency.body')}
      </p>
      <p>{t('nurse.emergency.intro')}</p>
    </StepLayout>
  );
}
