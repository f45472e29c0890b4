import { useTranslation } from 'react-i18next';
import { FEWER_THAN_SMALL } from '../../../../shared/contract/names';
import type { StatsDay } from '../../../../shared/contract/nurse';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { MoreRows, usePaged } from '../../components/Paged';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { kiosk } from '../../kiosk-client';

/** Anonymous counts per day: what the program reports, and all that outlives the retention period. */
export function NurseStatsScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const pages = usePaged((page) => kiosk.call('nurse.stats', page), []);
  const days = pages.items;
  const list = (map: StatsDay['reasons'], prefix: string) =>
    Object.entries(map)
      .map(([key, n]) => `${t(`${prefix}.${key}`)}: ${n === FEWER_THAN_SMALL ? t('nurse.stats.fewerThan') : n}`)
      .join(', ');
  return (
    <Screen
      title={t('nurse.stats.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <p>{t('nurse.stats.note')}</p>
      {shell.session?.role === 'nurse' ? null : <p>{t('nurse.stats.adminNote')}</p>}
      <ErrorText error={pages.error} />
      {days.length === 0 ? <p>{t('nurse.stats.empty')}</p> : null}
      {days.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('nurse.stats.day')}</th>
              <th scope="col">{t('nurse.stats.checkIns')}</th>
              <th scope="col">{t('nurse.stats.visits')}</th>
              <th scope="col">{t('nurse.stats.left')}</th>
              <th scope="col">{t('nurse.stats.handled')}</th>
              <th scope="col">{t('nurse.stats.reasons')}</th>
              <th scope="col">{t('nurse.stats.referrals')}</th>
              <th scope="col">{t('nurse.stats.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.checkIns}</td>
                <td>{d.visits}</td>
                <td>{d.left}</td>
                <td>{d.handledWithout911}</td>
                <td>{list(d.reasons, 'nurse.reasons')}</td>
                <td>{list(d.referralCategories, 'nurse.categories')}</td>
                <td>{list(d.screenerFlags, 'nurse.screener.areas')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <MoreRows shown={days.length} total={pages.total} hasMore={pages.hasMore} onMore={() => void pages.more()} />
    </Screen>
  );
}
