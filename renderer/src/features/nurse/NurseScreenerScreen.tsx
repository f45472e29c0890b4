import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenerSummary } from '../../../../shared/contract/nurse';
import { formatDayTime } from '../../../../shared/domain/format';
import { languageNames, isLanguageCode } from '../../../../shared/languages';
import { textIn } from '../../../../shared/localised-text';
import type { KioskError, Result } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { kiosk } from '../../kiosk-client';

/**
 * The screener's wording: the shipped plain-language version and the approved ones imported, which one patrons
 * answer now, and (for an admin) importing a health department's approved definition as a JSON file.
 */
export function NurseScreenerScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const admin = shell.session?.role === 'admin';
  const [versions, setVersions] = useState<ScreenerSummary[]>([]);
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = async () => {
    const result = await kiosk.call('nurse.screeners', {});
    if (result.ok) setVersions(result.value.versions);
    else setError(result.error);
  };
  useEffect(() => {
    void load();
  }, []);
  const title = (v: ScreenerSummary) => textIn(v.title, shell.language);
  const done = async (result: Result<ScreenerSummary>) => {
    if (!result.ok) {
      setNotice(null);
      return setError(result.error);
    }
    setError(null);
    setNotice(t('nurse.screenerAdmin.nowActive', { title: title(result.value), key: result.value.key }));
    await load();
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    await done(await kiosk.call('nurse.importScreener', { json: await file.text() }));
  };
  return (
    <Screen title={t('nurse.screenerAdmin.title')} actions={<StaffHomeButton />}>
      <p>{t('nurse.screenerAdmin.intro')}</p>
      {admin ? (
        <div className="field">
          <label htmlFor="screener-import">{t('nurse.screenerAdmin.importFile')}</label>
          <input id="screener-import" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target.files?.[0])} />
        </div>
      ) : null}
      <div aria-live="polite">
        {notice ? <p role="status">{notice}</p> : null}
        <ErrorText error={error} />
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('nurse.screenerAdmin.version')}</th>
            <th scope="col">{t('nurse.screenerAdmin.languages')}</th>
            <th scope="col">{t('nurse.screenerAdmin.source')}</th>
            <th scope="col">{t('nurse.screenerAdmin.state')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.key} data-version={v.key}>
              <td>
                {title(v)} <span className="hint">({v.key}, {t('nurse.screenerAdmin.questions', { count: v.questions })})</span>
              </td>
              <td>{v.languages.map((code) => (isLanguageCode(code) ? languageNames[code] : code)).join(', ')}</td>
              <td>
                {v.builtIn
                  ? t('nurse.screenerAdmin.builtIn')
                  : t('nurse.screenerAdmin.imported', { by: v.approvedBy ?? '—', at: v.importedAt ? formatDayTime(v.importedAt, shell.language, shell.settings.timeZone) : '' })}
              </td>
              <td>
                {v.active ? (
                  <strong>{t('nurse.screenerAdmin.active')}</strong>
                ) : admin ? (
                  <button type="button" className="button small" aria-label={t('nurse.screenerAdmin.useLabel', { title: title(v), key: v.key })} onClick={() => void kiosk.call('nurse.useScreener', { key: v.key }).then(done)}>
                    {t('nurse.screenerAdmin.use')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Screen>
  );
}
