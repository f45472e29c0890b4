import { useTranslation } from 'react-i18next';
import { accessNeeds } from '../../../../../shared/domain/nurse-checkin';
import { languageNames } from '../../../../../shared/languages';
import { useShell } from '../../../app/shell-context';
import { ChoiceCards } from '../../../flow/ChoiceCards';
import { StepLayout } from '../../../flow/StepLayout';
import type { CheckInFlow } from './parts';

/** The language to speak with the nurse (the one on screen unless changed), an interpreter, access needs. */
export function LanguageStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { interpreter, needs } = flow.data;
  const language = flow.data.language ?? shell.language;
  return (
    <StepLayout title={t('nurse.checkIn.languageTitle')} main={{ label: t('nurse.checkIn.next'), onPress: () => flow.go('consent') }}>
      <h2 className="choice-heading">{t('nurse.checkIn.languageLabel')}</h2>
      <ChoiceCards
        label={t('nurse.checkIn.languageLabel')}
        layout="grid"
        choices={shell.settings.languages.map((code) => ({ value: code, label: languageNames[code], lang: code }))}
        selected={[language]}
        onChoose={(code) => flow.dispatch({ type: 'language', language: code })}
      />
      <ChoiceCards
        label={t('nurse.checkIn.interpreter')}
        multiple
        choices={[{ value: 'interpreter', label: t('nurse.checkIn.interpreter'), picture: 'speaking-head' }]}
        selected={interpreter ? ['interpreter'] : []}
        onChoose={() => flow.dispatch({ type: 'interpreter' })}
      />
      <h2 className="choice-heading">{t('nurse.checkIn.accessLabel')}</h2>
      <ChoiceCards
        label={t('nurse.checkIn.accessLabel')}
        multiple
        layout="grid"
        choices={accessNeeds.map((need) => ({ value: need, label: t(`nurse.access.${need}`) }))}
        selected={needs}
        onChoose={(need) => flow.dispatch({ type: 'need', need })}
      />
    </StepLayout>
  );
}
