import { useTranslation } from 'react-i18next';
import { useShell } from '../app/shell-context';
import { resources } from '../../../shared/locales/resources';

/** The idle face of the kiosk: one big target, "Touch to start" in every offered language. */
export function AttractScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  return (
    <main className="attract">
      <h1>{t('attract.welcome', { branch: shell.settings.branchName })}</h1>
      <button type="button" className="attract-start" onClick={() => shell.navigate('home')}>
        {shell.settings.languages.map((code) => (
          <span key={code} lang={code} className="attract-line">
            {resources[code].translation.attract.touchToStart}
          </span>
        ))}
      </button>
      <button type="button" className="staff-entry" onClick={() => shell.navigate(shell.setupRequired ? 'setup' : 'staff.signIn')}>
        {t('staff.entry')}
      </button>
    </main>
  );
}
