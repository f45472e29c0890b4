import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import { ErrorText, useFieldError } from '../components/ErrorText';
import { Form } from '../components/Form';
import { Screen } from '../components/Screen';
import { TextField } from '../components/TextField';
import { kiosk } from '../kiosk-client';

/** First use without --demo: the first administrator chooses a PIN. */
export function SetupScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const fieldError = useFieldError(error);
  const submit = async () => {
    if (pin !== pinAgain) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await kiosk.call('setup.createAdmin', { name, pin });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    shell.setSession(result.value);
    await shell.refresh();
    shell.navigate('staff.settings');
  };
  return (
    <Screen title={t('setup.title')}>
      <p>{t('setup.body')}</p>
      <Form onSubmit={submit}>
        <TextField label={t('setup.name')} value={name} onChange={setName} maxLength={60} required error={fieldError('name')} />
        <TextField label={t('setup.pin')} value={pin} onChange={setPin} kind="pin" maxLength={8} required error={fieldError('pin')} />
        <TextField label={t('setup.pinAgain')} value={pinAgain} onChange={setPinAgain} kind="pin" maxLength={8} required error={mismatch ? t('setup.mismatch') : undefined} />
        <ErrorText error={error} />
        <button type="submit" className="button primary">
          {t('setup.create')}
        </button>
      </Form>
    </Screen>
  );
}
