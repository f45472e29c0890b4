import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../shared/locales/resources';
import { isLanguageCode, type LanguageCode } from '../../shared/languages';

// Bundled resources and synchronous init: no Suspense, no network.
void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
});

export const currentLanguage = (): LanguageCode => (isLanguageCode(i18next.language) ? i18next.language : 'en');

export default i18next;
