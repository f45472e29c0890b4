import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { StepLayout } from '../../../flow/StepLayout';
import type { OrderFlow } from './order-parts';
import { contactProblems, type ContactField } from './order-state';

/** Step 3: name and phone (library card optional). A problem shows beside its field and goes once fixed. */
export function ContactStep({ flow }: { flow: OrderFlow }) {
  const { t, i18n } = useTranslation();
  const { contact, checkContact, refused } = flow.data;
  const problems = checkContact ? { ...contactProblems(contact), ...refused } : refused;
  const message = (field: ContactField): string | undefined => {
    const code = problems[field];
    if (!code) return undefined;
    return i18n.exists(`grocery.fields.${code}`) ? t(`grocery.fields.${code}`) : i18n.exists(`fields.${code}`) ? t(`fields.${code}`) : t('fields.custom');
  };
  const set = (field: ContactField) => (value: string) => flow.dispatch({ type: 'contact', field, value });
  const next = () => {
    flow.dispatch({ type: 'checkContact' });
    if (Object.keys(contactProblems(contact)).length === 0 && Object.keys(refused).length === 0) flow.go('payment');
  };
  return (
    <StepLayout
      title={t('grocery.steps.contact')}
      split
      prefilled={['name', 'phone', 'libraryCard']}
      intro={<p>{t('grocery.contact.phoneHint')}</p>}
      main={{ label: t('grocery.nav.next'), onPress: next }}
    >
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <TextField label={t('grocery.contact.name')} value={contact.name} maxLength={80} onChange={set('name')} error={message('name')} required openKeyboard={contact.name === ''} />
        <TextField label={t('grocery.contact.phone')} kind="tel" value={contact.phone} maxLength={24} onChange={set('phone')} error={message('phone')} required />
        <TextField label={t('grocery.contact.card')} hint={t('grocery.contact.cardHint')} value={contact.libraryCard} maxLength={20} onChange={set('libraryCard')} error={message('libraryCard')} />
      </form>
    </StepLayout>
  );
}
