import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../../../shared/languages';
import { useShell } from '../app/shell-context';
import { HelpDialog } from './HelpDialog';

/** On every screen: branch, language switch, help, display options, and the staff banner. */
export function TopBar() {
  const { t } = useTranslation();
  const shell = useShell();
  const [helpOpen, setHelpOpen] = useState(false);
  const languages = shell.settings.languages;
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="branch-name">{shell.settings.branchName}</span>
        {shell.demo ? (
          <span className="demo-badge" data-testid="demo-badge">
            {t('app.demo')}
          </span>
        ) : null}
      </div>
      {shell.session ? (
        <div className="staff-banner">
          {shell.assisting ? t('staff.assisting', { name: shell.session.name }) : t('staff.signedInAs', { name: shell.session.name, role: t(`staff.roles.${shell.session.role}`) })}
          {shell.assisting ? (
            <button type="button" className="button small" onClick={() => shell.navigate('staff.home')}>
              {t('staff.endAssist')}
            </button>
          ) : null}
          <button type="button" className="button small" onClick={() => void shell.signOut()}>
            {t('staff.signOut')}
          </button>
        </div>
      ) : null}
      <nav className="top-actions" aria-label={t('language.label')}>
        {languages.length > 1 ? (
          <div className="language-switch" role="group" aria-label={t('language.choose')}>
            {languages.map((code) => (
              <button
                key={code}
                type="button"
                lang={code}
                className="button toggle"
                aria-pressed={shell.language === code}
                onClick={() => void shell.setLanguage(code)}
              >
                {languageNames[code]}
              </button>
            ))}
          </div>
        ) : null}
        <div className="display-options" role="group" aria-label={t('a11y.settings')}>
          <button type="button" className="button toggle" aria-pressed={shell.largeText} onClick={() => shell.setLargeText(!shell.largeText)}>
            {t('a11y.largerText')}
          </button>
          <button type="button" className="button toggle" aria-pressed={shell.highContrast} onClick={() => shell.setHighContrast(!shell.highContrast)}>
            {t('a11y.highContrast')}
          </button>
        </div>
        <button type="button" className="button help" onClick={() => setHelpOpen(true)}>
          {t('help.button')}
        </button>
      </nav>
      {helpOpen ? <HelpDialog onClose={() => setHelpOpen(false)} /> : null}
    </header>
  );
}
