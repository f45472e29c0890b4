// Languages the app ships translations for. A branch offers a subset (settings).
export const languageCodes = ['en', 'es'] as const;
export type LanguageCode = (typeof languageCodes)[number];

/** Names shown on the language switch, each in its own language. */
export const languageNames: Record<LanguageCode, string> = {
  en: 'English',
  es: 'Español',
};

export const isLanguageCode = (value: unknown): value is LanguageCode =>
  typeof value === 'string' && (languageCodes as readonly string[]).includes(value);

/** The BCP-47 locale whose dates, times, numbers and money a language's patrons read (US branches). */
export const localeOf = (language: LanguageCode): string => ({ en: 'en-US', es: 'es-US' })[language];
