import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/platform';
import { useShell } from '../app/shell-context';
import { Screen } from '../components/Screen';
import { StaffHomeButton } from '../components/StaffHomeButton';
import { kiosk } from '../kiosk-client';
import { formatDateTime } from '../../../shared/domain/format';

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  // An action is an operation name (`grocery.setStatus`) or a recorded event (`nurse.viewVisit`); unknown ones show as stored.
  const actionName = (action: string): string => (i18n.exists(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action);
  const shell = useShell();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const more = async (before?: string) => {
    const result = await kiosk.call('audit.list', { limit: 100, before });
    if (result.ok) setEntries((old) => (before ? [...old, ...result.value] : result.value));
  };
  useEffect(() => {
    void more();
  }, []);
  return (
    <Screen
      title={t('audit.title')}
      actions={
        <StaffHomeButton />
      }
    >
      {entries.length === 0 ? <p>{t('audit.empty')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, shell.language, shell.settings.timeZone)}</td>
              <td>{e.staffName}</td>
              <td>
                {actionName(e.action)}
                <span className="hint audit-code">{t('audit.actionCode', { code: e.action })}</span>
              </td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > 0 && entries.length % 100 === 0 ? (
        <button type="button" className="button secondary" onClick={() => void more(entries.at(-1)?.at)}>
          {t('audit.more')}
        </button>
      ) : null}
    </Screen>
  );
}
