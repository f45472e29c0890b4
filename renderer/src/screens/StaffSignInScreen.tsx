import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import { ErrorText } from '../components/ErrorText';
import { PinPad } from '../components/PinPad';
import { Screen } from '../components/Screen';
import { kiosk } from '../kiosk-client';
import './staff-sign-in.css';

type Name = { id: string; name: string };

/**
 * Staff tap their name, then type their PIN. Wrong PINs slow down that one name on this screen
 * only, so a patron trying PINs can never keep the whole desk out.
 */
export function StaffSignInScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [names, setNames] = useState<Name[] | null>(null);
  const [chosen, setChosen] = useState<Name | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void kiosk.call('staff.names', {}).then((r) => (r.ok ? setNames(r.value) : setError(r.error)));
  }, []);
  const choose = (name: Name | null) => {
    setChosen(name);
    setPin('');
    setError(null);
  };
  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    const result = await kiosk.call('staff.signIn', { staffId: chosen.id, pin });
    setBusy(false);
    setPin('');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    shell.setSession(result.value);
    shell.navigate(result.value.mustChangePin ? 'staff.changePin' : 'staff.home');
  };
  const cancel = (
    <button type="button" className="button secondary" onClick={() => shell.navigate('attract')}>
      {t('staff.cancel')}
    </button>
  );
  if (!chosen) {
    return (
      <Screen title={t('staff.signInTitle')} actions={cancel}>
        <p>{t('staff.chooseName')}</p>
        <ErrorText error={error} />
        {names && names.length === 0 ? <p role="alert">{t('staff.noStaff')}</p> : null}
        <ul className="staff-names">
          {(names ?? []).map((n) => (
            <li key={n.id}>
              <button type="button" className="button staff-name" onClick={() => choose(n)}>
                {n.name}
              </button>
            </li>
          ))}
        </ul>
      </Screen>
    );
  }
  return (
    <Screen
      title={t('staff.signInAs', { name: chosen.name })}
      actions={
        <>
          <button type="button" className="button secondary" onClick={() => choose(null)}>
            {t('staff.notYou')}
          </button>
          {cancel}
        </>
      }
    >
      <p>{t('staff.pinHint')}</p>
      <ErrorText error={error} />
      <PinPad label={t('staff.pinLabel')} value={pin} onChange={setPin} onSubmit={() => void submit()} disabled={busy} submitLabel={t('staff.signIn')} />
    </Screen>
  );
}
