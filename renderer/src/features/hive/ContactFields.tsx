import { useTranslation } from 'react-i18next';
import { contactProblems } from '../../../../shared/domain/hive-contact';
import { TextField } from '../../components/TextField';

export type Contact = { name: string; phone: string; email: string };
export type ContactErrors = Partial<Record<'name' | 'phone' | 'email', string>>;

/** Checks the contact fields the same way the backend does; returns translated messages per field. */
export function useContactCheck(): (contact: Contact) => ContactErrors {
  const { t } = useTranslation();
  return (contact) => {
    const errors: ContactErrors = {};
    if (!contact.name.trim()) errors.name = t('hive.errors.name-missing');
    for (const p of contactProblems(contact)) errors[p.field] = t(`hive.errors.${p.problem}`);
    return errors;
  };
}

export function ContactFields(props: { value: Contact; onChange: (next: Contact) => void; errors: ContactErrors }) {
  const { t } = useTranslation();
  const { value, onChange, errors } = props;
  return (
    <>
      <TextField label={t('hive.contact.name')} value={value.name} onChange={(name) => onChange({ ...value, name })} error={errors.name} maxLength={80} required />
      <p className="hint">{t('hive.contact.oneOf')}</p>
      <TextField label={t('hive.contact.phone')} kind="tel" value={value.phone} onChange={(phone) => onChange({ ...value, phone })} error={errors.phone} maxLength={40} />
      <TextField label={t('hive.contact.email')} kind="email" value={value.email} onChange={(email) => onChange({ ...value, email })} error={errors.email} maxLength={120} />
    </>
  );
}
