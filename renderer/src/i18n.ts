import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { useEffect, useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { directionOf, FALLBACK_LANGUAGE, isLanguageCode, type LanguageCode } from '../../shared/languages';
import { digitsFormatter, i18nextOptions } from '../../shared/locales/i18n-setup';
// The fallback language ships with the app (every missing string falls back to it); the others load when picked.
import { translation as fallback } from '../../shared/locales/en';

// One chunk per other language, built from the locale folders: a language added there needs nothing here.
const bundles = import.meta.glob<ResourceKey>(['../../shared/locales/*/index.ts', '!../../shared/locales/en/index.ts'], { import: 'translation' });

/** An i18next backend: `changeLanguage` waits for the language's chunk, so a screen never paints in half a language. */
const languageChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load = bundles[`../../shared/locales/${language}/index.ts`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

void i18next
  .use(initReactI18next)
  .use(digitsFormatter)
  .use(languageChunks)
  .init({ ...i18nextOptions(FALLBACK_LANGUAGE, { [FALLBACK_LANGUAGE]: { translation: fallback } }), partialBundledLanguages: true, react: { useSuspense: false } });

// The language list says each language's direction: the whole page mirrors for a right-to-left language.
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.documentElement.dir = isLanguageCode(lng) ? directionOf(lng) : 'ltr';
});

/** For a screen that shows several languages at once (the lobby display): true once every one of `codes` is loaded. */
export function useLanguagesLoaded(codes: readonly LanguageCode[]): boolean {
  const [loaded, setLoaded] = useState(() => codes.every((code) => i18next.hasResourceBundle(code, 'translation')));
  useEffect(() => {
    let live = true;
    void i18next.loadLanguages([...codes]).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [codes]);
  return loaded;
}

/** The language a `switchLanguage` call is still loading, if any. */
let changingTo: LanguageCode | null = null;

/**
 * Shows `code`. A language already loaded switches at once and gives undefined; another gives a promise that
 * resolves once its strings are loaded and shown. The language already on screen (every visit's reset, a patron
 * starting in the default language) changes nothing: i18next would still announce a change, and every translated
 * component on screen would render again for it, in the tap's own frame.
 */
export function switchLanguage(code: LanguageCode): Promise<void> | undefined {
  if (changingTo === null && i18next.language === code) return undefined;
  changingTo = code;
  const loaded = i18next.hasResourceBundle(code, 'translation');
  // The latest pick wins (i18next drops an earlier one still loading); only it clears the mark.
  const shown = i18next.changeLanguage(code).then(
    () => {
      if (changingTo === code) changingTo = null;
    },
    () => {
      if (changingTo === code) changingTo = null;
    },
  );
  return loaded ? undefined : shown;
}

export const currentLanguage = (): LanguageCode => (isLanguageCode(i18next.language) ? i18next.language : FALLBACK_LANGUAGE);

export default i18next;
