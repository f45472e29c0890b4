import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceIds } from '../../../shared/contract/names';
import type { Settings } from '../../../shared/contract/platform';
import { languageCodes, languageNameIn, languageNames, languageOf } from '../../../shared/languages';
import type { KioskError } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import { ErrorText, useFieldError } from '../components/ErrorText';
import { Form } from '../components/Form';
import { Screen } from '../components/Screen';
import { StaffHomeButton } from '../components/StaffHomeButton';
import { LocalisedTextField } from '../components/LocalisedTextField';
import { TextField } from '../components/TextField';
import { kiosk } from '../kiosk-client';

const toInt = (text: string): number => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

export function SettingsScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = useFieldError(error);
  useEffect(() => {
    void kiosk.call('settings.get', {}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);
  if (!settings) return <Screen title={t('settings.title')}><ErrorText error={error} /></Screen>;
  const set = (patch: (s: Settings) => Settings) => {
    setSaved(false);
    setSettings(patch(settings));
  };
  const numberField = (label: string, path: string, value: number, apply: (s: Settings, n: number) => Settings) => (
    <TextField label={label} kind="number" value={Number.isNaN(value) ? '' : String(value)} onChange={(v) => set((s) => apply(s, toInt(v)))} error={fieldError(path)} />
  );
  const save = async () => {
    const result = await kiosk.call('settings.update', settings);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setSettings(result.value);
    setSaved(true);
    await shell.refresh();
  };
  return (
    <Screen
      title={t('settings.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <Form onSubmit={save}>
        <TextField label={t('settings.branchName')} value={settings.branch.name} maxLength={80} onChange={(v) => set((s) => ({ ...s, branch: { ...s.branch, name: v } }))} error={fieldError('branch.name')} />
        <TextField label={t('settings.address')} value={settings.branch.address} maxLength={200} onChange={(v) => set((s) => ({ ...s, branch: { ...s.branch, address: v } }))} />
        <TextField label={t('settings.phone')} kind="tel" value={settings.branch.phone} maxLength={40} onChange={(v) => set((s) => ({ ...s, branch: { ...s.branch, phone: v } }))} />
        <LocalisedTextField
          label={t('settings.hours')}
          multiline
          value={settings.branch.hours}
          offered={settings.languages}
          maxLength={400}
          onChange={(hours) => set((s) => ({ ...s, branch: { ...s.branch, hours } }))}
          error={fieldError('branch.hours')}
        />
        <TextField label={t('settings.timeZone')} value={settings.branch.timeZone} maxLength={64} onChange={(v) => set((s) => ({ ...s, branch: { ...s.branch, timeZone: v } }))} error={fieldError('branch.timeZone')} />
        <fieldset>
          <legend>{t('settings.services')}</legend>
          {serviceIds.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={settings.services[id]} onChange={(e) => set((s) => ({ ...s, services: { ...s.services, [id]: e.target.checked } }))} />
              {t(`services.${id}.title`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.languages')}</legend>
          {languageCodes.map((code) => (
            <label key={code} className="check" lang={code}>
              <input
                type="checkbox"
                checked={settings.languages.includes(code)}
                onChange={(e) =>
                  set((s) => ({ ...s, languages: e.target.checked ? [...s.languages, code] : s.languages.filter((c) => c !== code) }))
                }
              />
              {languageNames[code]}
            </label>
          ))}
          {fieldError('languages') ? <p className="field-error">{fieldError('languages')}</p> : null}
        </fieldset>
        <fieldset>
          <legend>{t('settings.defaultLanguage')}</legend>
          {languageCodes.map((code) => (
            <label key={code} className="check" lang={code}>
              <input type="radio" name="defaultLanguage" checked={settings.defaultLanguage === code} onChange={() => set((s) => ({ ...s, defaultLanguage: code }))} />
              {languageNames[code]}
            </label>
          ))}
          {fieldError('defaultLanguage') ? <p className="field-error">{fieldError('defaultLanguage')}</p> : null}
        </fieldset>
        {settings.languages
          .filter((code) => languageOf(code).numberingSystems.length > 1)
          .map((code) => (
            <fieldset key={code}>
              <legend>{t('settings.digits', { language: languageNameIn(code, shell.language) })}</legend>
              {languageOf(code).numberingSystems.map((system) => (
                <label key={system} className="check">
                  <input
                    type="radio"
                    name={`digits-${code}`}
                    checked={(settings.numberingSystems[code] ?? languageOf(code).numberingSystems[0]) === system}
                    onChange={() => set((s) => ({ ...s, numberingSystems: { ...s.numberingSystems, [code]: system } }))}
                  />
                  {t(`settings.digitsOf.${system}`)}
                </label>
              ))}
            </fieldset>
          ))}
        {fieldError('numberingSystems') ? <p className="field-error">{fieldError('numberingSystems')}</p> : null}
        {numberField(t('settings.idleTimeout'), 'idleTimeoutSeconds', settings.idleTimeoutSeconds, (s, n) => ({ ...s, idleTimeoutSeconds: n }))}
        {numberField(t('settings.idleWarning'), 'idleWarningSeconds', settings.idleWarningSeconds, (s, n) => ({ ...s, idleWarningSeconds: n }))}
        <fieldset>
          <legend>{t('settings.retention')}</legend>
          {numberField(t('settings.retentionGrocery'), 'retentionDays.grocery', settings.retentionDays.grocery, (s, n) => ({ ...s, retentionDays: { ...s.retentionDays, grocery: n } }))}
          {numberField(t('settings.retentionHive'), 'retentionDays.hive', settings.retentionDays.hive, (s, n) => ({ ...s, retentionDays: { ...s.retentionDays, hive: n } }))}
          {numberField(t('settings.retentionNurse'), 'retentionDays.nurse', settings.retentionDays.nurse, (s, n) => ({ ...s, retentionDays: { ...s.retentionDays, nurse: n } }))}
          {numberField(t('settings.retentionAudit'), 'retentionDays.audit', settings.retentionDays.audit, (s, n) => ({ ...s, retentionDays: { ...s.retentionDays, audit: n } }))}
        </fieldset>
        <ErrorText error={error} />
        {saved ? <p role="status">{t('settings.saved')}</p> : null}
        <button type="submit" className="button primary">
          {t('settings.save')}
        </button>
      </Form>
    </Screen>
  );
}
