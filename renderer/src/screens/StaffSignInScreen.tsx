import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import { ErrorText } from '../components/ErrorText';
import { PinPad } from '../components/PinPad';
import { Screen } from '../components/Screen';
import { kiosk } from '../kiosk-client';

export function StaffSignInScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await kiosk.call('staff.signIn', { pin });
    setBusy(false);
    setPin('');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    shell.setSession(result.value);
    shell.navigate('staff.home');
  };
  return (
    <Screen
      title={t('staff.signInTitle')}
      actions={
        <button type="button" className="button secondary" onClick={() => shell.navigate('attract')}>
          {t('staff.cancel')}
        </button>
      }
    >
      <p>{t('staff.pinHint')}</p>
      <ErrorText error={error} />
      <PinPad label={t('staff.pinLabel')} value={pin} onChange={setPin} onSubmit={() => void submit()} disabled={busy} submitLabel={t('staff.signIn')} />
    </Screen>
  );
}
