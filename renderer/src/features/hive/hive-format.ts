import type { Localised } from '../../../../shared/contract/hive';
import type { LanguageCode } from '../../../../shared/languages';

/** Text in the patron's language, English if that translation is missing. */
export const pick = (text: Localised, language: LanguageCode): string => text[language] || text.en;

export function useFormats(language: LanguageCode, timeZone: string) {
  const day = new Intl.DateTimeFormat(language, { weekday: 'long', month: 'long', day: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone });
  return {
    day: (iso: string) => day.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
  };
}

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
