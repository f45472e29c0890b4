import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../../components/ErrorText';
import { StepLayout } from '../../../../flow/StepLayout';
import { limitReached, PatronLimitNotice, usePatronLimits } from '../../PatronLimitNotice';
import { ContactFields, useContactErrors } from '../contact';
import type { MentorFlow } from './parts';

/** Step 5: how the mentor can reach the patron; the meeting limit is told as soon as the phone or email is known. */
export function ContactStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const check = useContactErrors();
  const { contact, checkContact } = flow.data;
  const errors = checkContact ? check(contact) : {};
  // Told as soon as the phone or email is complete; the step does not go on while the limit is reached.
  const limits = usePatronLimits(contact);
  const next = () => {
    flow.dispatch({ type: 'checkContact' });
    if (Object.keys(check(contact)).length === 0 && !limitReached(limits, 'mentor')) flow.go('review');
  };
  return (
    <StepLayout title={t('hive.contact.title')} split prefilled={['name', 'phone']} main={{ label: t('hive.next'), onPress: next }}>
      <ErrorText error={flow.data.error} />
      <ContactFields value={contact} onChange={(field, value) => flow.dispatch({ type: 'contact', field, value })} errors={errors} />
      <PatronLimitNotice limits={limits} kind="mentor" />
    </StepLayout>
  );
}
