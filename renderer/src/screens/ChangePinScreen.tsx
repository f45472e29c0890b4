import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import { ErrorText, useFieldError } from '../components/ErrorText';
import { Form } from '../components/Form';
import { Screen } from '../components/Screen';
import { TextField } from '../components/TextField';
import { kiosk } from '../kiosk-client';

/** A staff member's own new PIN; required (before anything else) after signing in with a PIN shorter than 6 digits. */
export function ChangePinScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [currentPin, setCurrentPin] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<KioskError | null>(null);
  const fieldError = useFieldError(error);
  const required = shell.session?.mustChangePin === true;
  const submit = async () => {
    if (pin !== pinAgain) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await kiosk.call('staff.changePin', { currentPin, pin });
    setCurrentPin('');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    shell.setSession(result.value);
    shell.navigate('staff.home');
  };
  return (
    <Screen
      title={t('changePin.title')}
      actions={
        <button type="button" className="button secondary" onClick={() => void shell.signOut()}>
          {t('staff.signOut')}
        </button>
      }
    >
      <p>{required ? t('changePin.required') : t('changePin.body')}</p>
      <Form onSubmit={submit}>
        <TextField label={t('changePin.current')} value={currentPin} onChange={setCurrentPin} kind="pin" maxLength={8} required />
        <TextField label={t('changePin.new')} value={pin} onChange={setPin} kind="pin" maxLength={8} required error={fieldError('pin')} />
        <TextField label={t('changePin.again')} value={pinAgain} onChange={setPinAgain} kind="pin" maxLength={8} required error={mismatch ? t('setup.mismatch') : undefined} />
        <ErrorText error={error} />
        <button type="submit" className="button primary">
          {t('changePin.save')}
        </button>
      </Form>
    </Screen>
  );
}
