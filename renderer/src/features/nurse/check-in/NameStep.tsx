import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { ChoiceCards } from '../../../flow/ChoiceCards';
import { StepLayout } from '../../../flow/StepLayout';
import type { CheckInFlow } from './parts';

/** What the nurse should call the patron: a first name or nickname, or nothing. */
export function NameStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const { name, ratherNot } = flow.data;
  const missing = !ratherNot && name.trim() === '';
  return (
    <StepLayout
      title={t('nurse.checkIn.nameTitle')}
      split
      prefilled={['name']}
      intro={<p>{t('nurse.checkIn.nameHint')}</p>}
      main={{ label: t('nurse.checkIn.next'), onPress: () => (missing ? setTried(true) : flow.go('reasons')) }}
    >
      <div className="form">
        <TextField label={t('nurse.checkIn.nameLabel')} value={name} maxLength={40} onChange={(value) => flow.dispatch({ type: 'name', value })} error={tried && missing ? t('nurse.checkIn.nameRequired') : undefined} openKeyboard={name === '' && !ratherNot} />
        <ChoiceCards
          label={t('nurse.checkIn.ratherNot')}
          multiple
          choices={[{ value: 'ratherNot', label: t('nurse.checkIn.ratherNot') }]}
          selected={ratherNot ? ['ratherNot'] : []}
          onChoose={() => {
            flow.dispatch({ type: 'ratherNot' });
            flow.go('reasons');
          }}
        />
      </div>
    </StepLayout>
  );
}
