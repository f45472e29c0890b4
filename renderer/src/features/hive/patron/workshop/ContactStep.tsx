import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { TextField } from '../../../../components/TextField';
import { StepLayout } from '../../../../flow/StepLayout';
import { limitReached, PatronLimitNotice, usePatronLimits } from '../../PatronLimitNotice';
import { ContactFields, useContactErrors } from '../contact';
import type { WorkshopFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Step 2: how to reach the patron (told at once when already registered), and the workshop's own questions. */
export function ContactStep({ flow }: { flow: WorkshopFlow }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const check = useContactErrors();
  const { contact, checkContact, chosen, answers } = flow.data;
  const errors = checkContact ? check(contact) : {};
  // "Already registered" is told as soon as the phone or email is complete; the step does not go on then.
  const limits = usePatronLimits(contact, chosen?.id);
  const next = () => {
    flow.dispatch({ type: 'checkContact' });
    if (Object.keys(check(contact)).length === 0 && !limitReached(limits, 'workshop')) flow.go('review');
  };
  return (
    <StepLayout title={t('hive.workshop.formTitle')} split prefilled={['name', 'phone']} intro={chosen ? <p className="hive-chosen">{textIn(chosen.title, language)}</p> : null} main={{ label: t('hive.next'), onPress: next }}>
      <ContactFields value={contact} onChange={(field, value) => flow.dispatch({ type: 'contact', field, value })} errors={errors} />
      <PatronLimitNotice limits={limits} kind="workshop" />
      {(chosen?.questions ?? []).map((q) => (
        <TextField key={q.id} label={textIn(q.label, language)} value={answers[q.id] ?? ''} onChange={(value) => flow.dispatch({ type: 'answer', questionId: q.id, value })} maxLength={200} />
      ))}
    </StepLayout>
  );
}
