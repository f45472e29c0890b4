import { useTranslation } from 'react-i18next';
import { useShell } from '../app/shell-context';
import { ErrorText } from '../components/ErrorText';
import { MoreRows, usePaged } from '../components/Paged';
import { Screen } from '../components/Screen';
import { StaffHomeButton } from '../components/StaffHomeButton';
import { kiosk } from '../kiosk-client';

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const entries = usePaged((page) => kiosk.call('audit.list', page), []);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: shell.settings.timeZone });
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
              <td>{format.format(new Date(e.at))}</td>
              <td>{e.staffName}</td>
              <td>{e.action}</td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows shown={entries.items.length} total={entries.total} hasMore={entries.hasMore} onMore={() => void entries.more()} />
    </Screen>
  );
}
