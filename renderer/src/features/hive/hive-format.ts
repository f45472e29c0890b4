import type { LanguageCode } from '../../../../shared/languages';
import { formatDay, formatDayTime, formatTime, formatTimeRange } from '../../../../shared/domain/format';

export function useFormats(language: LanguageCode, timeZone: string) {
  return {
    day: (iso: string) => formatDay(iso, language, timeZone),
    time: (iso: string) => formatTime(iso, language, timeZone),
    dayTime: (iso: string) => formatDayTime(iso, language, timeZone),
    timeRange: (start: string, end: string) => formatTimeRange(start, end, language, timeZone),
  };
}

export { firstName } from '../../../../shared/domain/format';
