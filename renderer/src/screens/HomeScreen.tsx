import { useTranslation } from 'react-i18next';
import { serviceIds } from '../../../shared/contract/names';
import { useShell } from '../app/shell-context';
import { Picture } from '../flow/Picture';
import { StepLayout } from '../flow/StepLayout';
import { serviceEntry, servicePictures } from './service-tiles';

/** One large tile per service the branch switched on, filling the screen: a picture and a one-line promise. */
export function HomeScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const enabled = serviceIds.filter((id) => shell.settings.services[id]);
  return (
    <StepLayout title={t('home.title')} home="startOver" back={false} className="home-screen">
      {enabled.length === 0 ? <p>{t('home.noServices')}</p> : null}
      <ul className="tiles service-tiles">
        {enabled.map((service) => {
          const entry = serviceEntry(service);
          const route = entry?.route ?? null;
          return (
            <li key={service}>
              <button
                type="button"
                className={`tile tile-${service}`}
                disabled={shell.readOnly}
                onClick={() => shell.navigate(route ?? 'comingSoon', route ? undefined : { service })}
              >
                <Picture picture={servicePictures[service]} className="tile-picture" />
                <span className="tile-text">
                  <span className="tile-title">{t(`services.${service}.title`)}</span>
                  <span className="tile-subtitle">{t(`services.${service}.subtitle`)}</span>
                  {entry?.TileNote ? <entry.TileNote /> : null}
                  {entry ? null : <span className="tile-badge">{t('home.comingSoon')}</span>}
                  {/* Nothing a patron starts now could be saved: say so before they begin. */}
                  {shell.readOnly ? <span className="tile-badge">{t('readOnly.unavailable')}</span> : null}
                </span>
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
    </StepLayout>
  );
}

export function ComingSoonScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const service = shell.route.params?.service ?? 'grocery';
  return (
    <StepLayout title={t(`services.${service}.title`)} back={{ label: t('home.back'), onPress: () => shell.navigate('home') }}>
      <p className="tile-badge">{t('home.comingSoon')}</p>
      <p>{t('home.comingSoonBody')}</p>
    </StepLayout>
  );
}
