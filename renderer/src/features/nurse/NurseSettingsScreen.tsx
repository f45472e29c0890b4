import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NurseSettings } from '../../../../shared/contract/nurse';
import type { KioskError } from '../../../../shared/result';
import { ErrorText, useFieldError } from '../../components/ErrorText';
import { Form } from '../../components/Form';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';

/** Nurse hours (printed on referral sheets) and the typical visit length (for wait estimates). */
export function NurseSettingsScreen() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<NurseSettings | null>(null);
  const [minutes, setMinutes] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = useFieldError(error);
  useEffect(() => {
    void kiosk.call('nurse.settings', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setSettings(r.value);
      setMinutes(String(r.value.visitMinutes));
    });
  }, []);
  const save = async () => {
    if (!settings) return;
    const result = await kiosk.call('nurse.updateSettings', { ...settings, visitMinutes: /^\d+$/.test(minutes) ? Number(minutes) : -1 });
    if (!result.ok) {
      setSaved(false);
      return setError(result.error);
    }
    setError(null);
    setSaved(true);
  };
  return (
    <Screen
      title={t('nurse.settingsScreen.title')}
      actions={
        <StaffHomeButton />
      }
    >
      {settings ? (
        <Form onSubmit={save}>
          <TextField label={t('nurse.settingsScreen.nurseHours')} multiline value={settings.nurseHours} maxLength={400} onChange={(v) => setSettings({ ...settings, nurseHours: v })} />
          <TextField label={t('nurse.settingsScreen.visitMinutes')} kind="number" value={minutes} maxLength={2} onChange={setMinutes} error={fieldError('visitMinutes')} />
          <ErrorText error={error} />
          {saved ? <p role="status">{t('nurse.settingsScreen.saved')}</p> : null}
          <button type="submit" className="button primary">
            {t('nurse.settingsScreen.save')}
          </button>
        </Form>
      ) : (
        <ErrorText error={error} />
      )}
    </Screen>
  );
}
