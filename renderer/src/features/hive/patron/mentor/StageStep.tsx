import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenIllustration } from '../../../../../../shared/domain/pictures';
import { ChoiceCards } from '../../../../flow/ChoiceCards';
import { StepLayout } from '../../../../flow/StepLayout';
import { stages, type Stage } from '../mentor-state';
import { ChosenTime } from './ChosenTime';
import type { MentorFlow } from './parts';

const pictures: Record<Stage, ScreenIllustration> = { idea: 'light-bulb', started: 'seedling', growing: 'chart-increasing' };

/** Step 3: where the business is now. Tapping one moves on. */
export function StageStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const { stage } = flow.data;
  return (
    <StepLayout
      title={t('hive.intake.stageQuestion')}
      split
      intro={<ChosenTime flow={flow} />}
      main={{ label: t('hive.next'), onPress: () => (stage ? flow.go('about') : setTried(true)) }}
    >
      <ChoiceCards
        label={t('hive.intake.stageQuestion')}
        choices={stages.map((s) => ({ value: s, label: t(`hive.stage.${s}`), picture: pictures[s] }))}
        selected={stage ? [stage] : []}
        onChoose={(s) => {
          flow.dispatch({ type: 'stage', stage: s });
          flow.go('about');
        }}
        error={tried && !stage ? t('hive.errors.stage-missing') : undefined}
        errorId="hive-stage-error"
      />
    </StepLayout>
  );
}
