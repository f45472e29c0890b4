import { useTranslation } from 'react-i18next';
import { serviceIds } from '../../../shared/contract/platform';
import { useShell } from '../app/shell-context';
import { Screen } from '../components/Screen';
import { features } from '../features';

/** One large tile per service the branch switched on. */
export function HomeScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const enabled = serviceIds.filter((id) => shell.settings.services[id]);
  return (
    <Screen
      title={t('home.title')}
      actions={
        <button type="button" className="button secondary" onClick={shell.resetVisit}>
          {t('home.startOver')}
        </button>
      }
    >
      {enabled.length === 0 ? <p>{t('home.noServices')}</p> : null}
      <ul className="tiles">
        {enabled.map((service) => {
          const entry = features.find((f) => f.serviceEntry?.service === service)?.serviceEntry;
          return (
            <li key={service}>
              <button
                type="button"
                className={`tile tile-${service}`}
                disabled={shell.readOnly}
                onClick={() => shell.navigate(entry ? entry.route : 'comingSoon', entry ? undefined : { service })}
              >
                <span className="tile-title">{t(`services.${service}.title`)}</span>
                <span className="tile-subtitle">{t(`services.${service}.subtitle`)}</span>
                {entry?.TileNote ? <entry.TileNote /> : null}
                {entry ? null : <span className="tile-badge">{t('home.comingSoon')}</span>}
                {/* Nothing a patron starts now could be saved: say so before they begin. */}
                {shell.readOnly ? <span className="tile-badge">{t('readOnly.unavailable')}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      {!shell.session ? (
        <button type="button" className="staff-entry" onClick={() => shell.navigate(shell.setupRequired ? 'setup' : 'staff.signIn')}>
          {t('staff.entry')}
        </button>
      ) : null}
    </Screen>
  );
}

export function ComingSoonScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const service = shell.route.params?.service ?? 'grocery';
  return (
    <Screen
      title={t(`services.${service}.title`)}
      actions={
        <button type="button" className="button primary" onClick={() => shell.navigate('home')}>
          {t('home.back')}
        </button>
      }
    >
      <p className="tile-badge">{t('home.comingSoon')}</p>
      <p>{t('home.comingSoonBody')}</p>
    </Screen>
  );
}
