import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceIds } from '../../../shared/contract/names';
import { directionOf, languageNames } from '../../../shared/languages';
import { attractStrings } from '../../../shared/locales/attract';
import { useShell } from '../app/shell-context';
import { useCycle } from '../app/use-cycle';
import { Picture } from '../flow/Picture';
import { ReadAloudControl, useReadScreen } from '../speech/read-aloud';
import { servicePictures, serviceRoute } from './service-tiles';

/**
 * The idle face of the kiosk: a greeting that cycles through the offered languages, the services with their
 * pictures (a tap opens one), and "Touch to start" in each language (a tap starts in that language).
 */
export function AttractScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const languages = shell.settings.languages;
  const screen = useRef<HTMLElement>(null);
  // Read once when turned on (not each time the greeting changes language): every "Touch to start" in its own voice.
  useReadScreen(screen, 'attract');
  const shown = languages[useCycle(languages.length, 4000)] ?? shell.language;
  const greeting = attractStrings[shown].welcome.replace('{{branch}}', shell.settings.branchName);
  const services = serviceIds.filter((id) => shell.settings.services[id]);
  // The next screen paints in the chosen language from its first frame: its strings load first.
  const startIn = async (code: (typeof languages)[number], route = 'home') => {
    const loading = shell.setLanguage(code);
    if (loading) await loading;
    shell.navigate(route);
  };
  return (
    <main className="attract" ref={screen}>
      <ReadAloudControl screen={screen} />
      <h1 className="attract-greeting" lang={shown} dir={directionOf(shown)}>
        {greeting}
      </h1>
      <ul className="attract-services">
        {services.map((service) => {
          const route = serviceRoute(service);
          return (
            <li key={service}>
              <button type="button" className="attract-service" disabled={shell.readOnly} onClick={() => void startIn(shell.settings.defaultLanguage, route ?? 'home')}>
                <Picture picture={servicePictures[service]} className="attract-picture" />
                <span className="attract-service-title">{t(`services.${service}.title`)}</span>
                <span className="attract-service-promise">{t(`services.${service}.subtitle`)}</span>
                {/* Nothing a patron starts now could be saved (disk full): said before they begin. */}
                {shell.readOnly ? <span className="tile-badge">{t('readOnly.unavailable')}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="attract-start" role="group" aria-label={t('language.choose')}>
        {languages.map((code) => (
          <button key={code} type="button" lang={code} dir={directionOf(code)} className="attract-start-button" aria-current={code === shown ? 'true' : undefined} onClick={() => void startIn(code)}>
            <span className="attract-start-label">{attractStrings[code].touchToStart}</span>
            <span className="attract-start-language" aria-hidden="true">
              {languageNames[code]}
            </span>
          </button>
        ))}
      </div>
      <button type="button" className="staff-entry" onClick={() => shell.navigate(shell.setupRequired ? 'setup' : 'staff.signIn')}>
        {t('staff.entry')}
      </button>
    </main>
  );
}
