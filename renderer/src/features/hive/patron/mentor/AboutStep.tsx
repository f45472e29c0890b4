import { useTranslation } from 'react-i18next';
import { TextField } from '../../../../components/TextField';
import { StepLayout } from '../../../../flow/StepLayout';
import type { MentorFlow } from './parts';

/** Step 4: the kind of business and what the patron wants from the meeting; both optional. */
export function AboutStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const { industry, wants } = flow.data;
  return (
    <StepLayout title={t('hive.mentor.intakeTitle')} split intro={<p>{t('hive.intake.optional')}</p>} main={{ label: t('hive.next'), onPress: () => flow.go('contact') }}>
      <div className="form">
        <TextField label={t('hive.intake.industry')} hint={t('hive.intake.industryHint')} value={industry} onChange={(value) => flow.dispatch({ type: 'about', field: 'industry', value })} maxLength={80} />
        <TextField label={t('hive.intake.wants')} value={wants} onChange={(value) => flow.dispatch({ type: 'about', field: 'wants', value })} maxLength={400} multiline />
      </div>
    </StepLayout>
  );
}
