import { localeTagOf, type LanguageCode } from '../../../../shared/languages';

export function useFormats(language: LanguageCode, timeZone: string) {
  const day = new Intl.DateTimeFormat(localeTagOf(language), { weekday: 'long', month: 'long', day: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat(localeTagOf(language), { hour: 'numeric', minute: '2-digit', timeZone });
  return {
    day: (iso: string) => day.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
  };
}

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
