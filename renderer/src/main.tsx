import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from './i18n';
import 'react-simple-keyboard/build/css/index.css';
import './fonts.css';
import './styles.css';
import './staff.css';
import { App } from './app/App';
import { lastBoot } from './app/boot-cache';

async function start(): Promise<void> {
  // The branch's default language is there before the first paint (its chunk is small and local).
  const language = lastBoot()?.settings.defaultLanguage;
  if (language && !i18n.hasResourceBundle(language, 'translation')) await i18n.changeLanguage(language).catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
