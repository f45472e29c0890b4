import type { LanguageCode } from '../../../../shared/languages';
import { formatDay, formatTime } from '../../../../shared/domain/format';

export function useFormats(language: LanguageCode, timeZone: string) {
  return {
    day: (iso: string) => formatDay(iso, language, timeZone),
    time: (iso: string) => formatTime(iso, language, timeZone),
  };
}

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
