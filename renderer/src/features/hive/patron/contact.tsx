// The contact step both hive flows share: name, and a phone number or an email address.
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../../shared/domain/format';
import { contactProblems } from '../../../../../shared/domain/hive-contact';
import { TextField } from '../../../components/TextField';

export type Contact = { name: string; phone: string; email: string };
export type ContactErrors = Partial<Record<keyof Contact, string>>;
export const emptyContact = (): Contact => ({ name: '', phone: '', email: '' });

/** The contact's problems, translated, checked the same way the backend does. */
export function useContactErrors(): (contact: Contact) => ContactErrors {
  const { t } = useTranslation();
  return (contact) => {
    const errors: ContactErrors = {};
    if (!contact.name.trim()) errors.name = t('hive.errors.name-missing');
    for (const p of contactProblems(contact)) errors[p.field] = t(`hive.errors.${p.problem}`);
    return errors;
  };
}

export function ContactFields(props: { value: Contact; onChange: (field: keyof Contact, value: string) => void; errors: ContactErrors }) {
  const { t } = useTranslation();
  const { value, onChange, errors } = props;
  return (
    <div className="form">
      <TextField label={t('hive.contact.name')} value={value.name} onChange={(v) => onChange('name', v)} error={errors.name} maxLength={80} required openKeyboard={value.name === ''} />
      <p className="hint">{t('hive.contact.oneOf')}</p>
      <TextField label={t('hive.contact.phone')} kind="tel" value={value.phone} onChange={(v) => onChange('phone', v)} error={errors.phone} maxLength={40} />
      <TextField label={t('hive.contact.email')} kind="email" value={value.email} onChange={(v) => onChange('email', v)} error={errors.email} maxLength={120} />
    </div>
  );
}

/** Name, phone and email rows of a review list (inside a <dl>). */
export function ContactReview({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('hive.contact.name')}</dt>
      <dd>{contact.name}</dd>
      <dt>{t('hive.contact.phone')}</dt>
      <dd>{contact.phone ? <bdi dir="ltr">{formatPhone(contact.phone)}</bdi> : '—'}</dd>
      <dt>{t('hive.contact.email')}</dt>
      <dd>{contact.email || '—'}</dd>
    </>
  );
}

/** Whether the slip came out of the kiosk printer or waits at the desk. */
export function SlipStatus({ printStatus }: { printStatus: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <strong>{printStatus === 'done' ? t('hive.slipPrinted') : t('hive.slipAtDesk')}</strong>
    </p>
  );
}
