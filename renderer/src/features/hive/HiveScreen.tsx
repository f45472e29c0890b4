import { useTranslation } from 'react-i18next';
import { useShell } from '../../app/shell-context';
import { FlowView } from '../../flow/flow';
import { ChoiceCards } from '../../flow/ChoiceCards';
import { StepLayout } from '../../flow/StepLayout';
import { cancelFlow } from './patron/cancel-flow';
import { mentorFlow } from './patron/mentor-flow';
import { workshopFlow } from './patron/workshop-flow';
import './hive.css';

/** The patron's way into Hive: meet a mentor, join a workshop, or cancel by slip code. */
export function HiveScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  return (
    <StepLayout title={t('hive.start.title')} split intro={<p>{t('hive.start.intro')}</p>} back={{ label: t('flow.back'), onPress: () => shell.navigate('home') }}>
      <ChoiceCards
        label={t('hive.start.title')}
        choices={[
          { value: 'hive.mentor', label: t('hive.start.mentor'), detail: t('hive.start.mentorHint'), picture: 'handshake' },
          { value: 'hive.workshop', label: t('hive.start.workshop'), detail: t('hive.start.workshopHint'), picture: 'spiral-calendar' },
          { value: 'hive.cancel', label: t('hive.cancel.tile'), detail: t('hive.cancel.tileHint'), picture: 'ticket' },
        ]}
        selected={[]}
        onChoose={(route) => shell.navigate(route)}
      />
    </StepLayout>
  );
}

export const HiveMentorScreen = () => <FlowView def={mentorFlow} />;
export const HiveWorkshopScreen = () => <FlowView def={workshopFlow} />;
export const HiveCancelScreen = () => <FlowView def={cancelFlow} />;
