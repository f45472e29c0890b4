import { useTranslation } from 'react-i18next';
import { useShell } from '../app/shell-context';
import { ErrorText } from '../components/ErrorText';
import { MoreRows, usePaged } from '../components/Paged';
import { Screen } from '../components/Screen';
import { StaffHomeButton } from '../components/StaffHomeButton';
import { kiosk } from '../kiosk-client';
import { formatDateTime } from '../../../shared/domain/format';

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  // An action is an operation name (`grocery.setStatus`) or a recorded event (`nurse.viewVisit`); unknown ones show as stored.
  const actionName = (action: string): string => (i18n.exists(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action);
  const shell = useShell();
  const entries = usePaged((page) => kiosk.call('audit.list', page), []);
  return (
    <Screen
      title={t('audit.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <ErrorText error={entries.error} />
      {entries.total === 0 ? <p>{t('audit.empty')}</p> : null}
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
          {entries.items.map((e) => (
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
      <MoreRows shown={entries.items.length} total={entries.total} hasMore={entries.hasMore} onMore={() => void entries.more()} />
    </Screen>
  );
}
