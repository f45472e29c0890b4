import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visitReasons } from '../../../../../shared/domain/nurse-checkin';
import { ChoiceCards } from '../../../flow/ChoiceCards';
import { StepLayout } from '../../../flow/StepLayout';
import type { CheckInFlow } from './parts';

/** What the visit is about: one or more reasons. */
export function ReasonsStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const { reasons } = flow.data;
  return (
    <StepLayout
      title={t('nurse.checkIn.reasonsTitle')}
      intro={<p>{t('nurse.checkIn.reasonsHint')}</p>}
      main={{ label: t('nurse.checkIn.next'), onPress: () => (reasons.length === 0 ? setTried(true) : flow.go('language')) }}
    >
      <ChoiceCards
        label={t('nurse.checkIn.reasonsTitle')}
        multiple
        layout="grid"
        choices={visitReasons.map((reason) => ({ value: reason, label: t(`nurse.reasons.${reason}`) }))}
        selected={reasons}
        onChoose={(reason) => flow.dispatch({ type: 'reason', reason })}
        error={tried && reasons.length === 0 ? t('nurse.checkIn.reasonsRequired') : undefined}
        errorId="reasons-error"
      />
    </StepLayout>
  );
}
