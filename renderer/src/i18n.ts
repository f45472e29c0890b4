import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, FALLBACK_LANGUAGE, isLanguageCode, type LanguageCode } from '../../shared/languages';
import { digitsFormatter, i18nextOptions } from '../../shared/locales/i18n-setup';

void i18next.use(initReactI18next).use(digitsFormatter).init(i18nextOptions(FALLBACK_LANGUAGE));

// The language list says each language's direction: the whole page mirrors for a right-to-left language.
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.documentElement.dir = isLanguageCode(lng) ? directionOf(lng) : 'ltr';
});

export const currentLanguage = (): LanguageCode => (isLanguageCode(i18next.language) ? i18next.language : FALLBACK_LANGUAGE);

export default i18next;
