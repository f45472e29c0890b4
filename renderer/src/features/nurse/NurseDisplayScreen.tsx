import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { useShell } from '../../app/shell-context';
import { kiosk } from '../../kiosk-client';
import { useTopics } from '../../app/use-topics';
import { DisplayClosedNote } from './NurseHoursNotice';
import './nurse.css';

/**
 * The lobby display (#/display), for a second screen: ticket numbers being called and how many
 * wait. It uses a public operation that returns nothing else, so no name or reason can appear.
 */
export function NurseDisplayScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [state, setState] = useState<OperationOutput<'nurse.display'> | null>(null);
  useTopics(['queue', 'settings'], async () => {
    const result = await kiosk.call('nurse.display', {});
    if (result.ok) setState(result.value);
  }, 3000);
  const others = shell.settings.languages.filter((l) => l !== shell.language);
  return (
    <main className="nurse-display">
      <h1>{t('nurse.display.title')}</h1>
      {state && !state.open ? <DisplayClosedNote waiting={state.waitingCount + state.called.length} nextOpening={state.nextOpening} /> : null}
      <section aria-labelledby="calling">
        <h2 id="calling">{t('nurse.display.nowCalling')}</h2>
        <div aria-live="polite">
          {state && state.called.length > 0 ? (
            <>
              <ul className="nurse-display-called" data-testid="nurse-called">
                {state.called.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
              <p className="nurse-display-note">
                {t('nurse.display.pleaseGo')}
                {others.map((l) => (
                  <span key={l} lang={l}>
                    {' · '}
                    {t('nurse.display.pleaseGo', { lng: l })}
                  </span>
                ))}
              </p>
            </>
          ) : (
            <p className="nurse-display-note">{t('nurse.display.none')}</p>
          )}
        </div>
      </section>
      {state ? (
        <p className="nurse-display-waiting" data-testid="nurse-waiting">
          {t('nurse.display.waiting', { count: state.waitingCount })}
        </p>
      ) : null}
    </main>
  );
}
