import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { directionOf } from '../../../../shared/languages';
import { useLanguagesLoaded } from '../../i18n';
import { useShell } from '../../app/shell-context';
import { useCycle } from '../../app/use-cycle';
import { kiosk } from '../../kiosk-client';
import { useTopics } from '../../app/use-topics';
import { DisplayClosedNote } from './NurseHoursNotice';
import './nurse.css';

/**
 * The lobby display (#/display), read from across the room: the number being called fills the screen, and
 * "now calling" / "please wait" alternate through the display's languages. It uses a public operation that
 * returns numbers and a count only, so no name or reason can appear.
 */
export function NurseDisplayScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [state, setState] = useState<OperationOutput<'nurse.display'> | null>(null);
  useTopics(['queue', 'settings'], async () => {
    const result = await kiosk.call('nurse.display', {});
    if (result.ok) setState(result.value);
  }, 3000);
  // Each offered language's strings load first; until then the display stays in the kiosk's language.
  const everyLanguage = useLanguagesLoaded(shell.settings.languages);
  const languages = everyLanguage ? shell.settings.languages : [shell.language];
  const lng = languages[useCycle(languages.length, 5000)] ?? shell.language;
  const say = (key: string, options: Record<string, unknown> = {}) => t(key, { ...options, lng });
  const [latest, ...earlier] = state?.called ?? [];
  return (
    <main className="nurse-display">
      <h1 className="nurse-display-title">{t('nurse.display.title')}</h1>
      <section className="nurse-display-main" aria-labelledby="nurse-display-calling" aria-live="polite">
        {latest !== undefined ? (
          <>
            <h2 id="nurse-display-calling" className="nurse-display-label" lang={lng} dir={directionOf(lng)}>
              {say('nurse.display.nowCalling')}
            </h2>
            <ul className="nurse-display-called" data-testid="nurse-called">
              <li className="nurse-display-latest">{latest}</li>
              {earlier.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            <p className="nurse-display-message" lang={lng} dir={directionOf(lng)}>
              {say('nurse.display.pleaseGo')}
            </p>
          </>
        ) : state && !state.open ? (
          <DisplayClosedNote waiting={state.waitingCount} nextOpening={state.nextOpening} lng={lng} heading="nurse-display-calling" />
        ) : (
          <h2 id="nurse-display-calling" className="nurse-display-message" lang={lng} dir={directionOf(lng)}>
            {say('nurse.display.pleaseWait')}
          </h2>
        )}
      </section>
      {state && !state.open && latest !== undefined ? <DisplayClosedNote waiting={state.waitingCount + state.called.length} nextOpening={state.nextOpening} lng={lng} /> : null}
      {state ? (
        <p className="nurse-display-waiting" data-testid="nurse-waiting" data-count={state.waitingCount} lang={lng} dir={directionOf(lng)}>
          {say('nurse.display.waiting', { count: state.waitingCount })}
        </p>
      ) : null}
    </main>
  );
}
