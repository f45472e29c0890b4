import { afterEach, describe, expect, it } from 'vitest';
import { languageCodes, languageOf, setNumberingSystems, type NumberingSystem } from '../languages';
import {
  dateFormat,
  formatClosingTime,
  formatDate,
  formatDateTime,
  formatDay,
  formatDayTime,
  formatDigits,
  formatInteger,
  isolated,
  formatLocalDate,
  formatMoney,
  formatPercent,
  formatPhone,
  lengthSpan,
  roundedUpSpan,
  formatTime,
  formatTimeRange,
  formatWallTime,
  formatWeekday,
  keepClockTogether,
  usPhone,
} from './format';

const NY = 'America/New_York';
// 14:30 in New York.
const at = '2026-03-03T19:30:00Z';

describe('one format per language', () => {
  it('reads times the US way in English and in Spanish (12-hour clock, a.m./p.m.)', () => {
    expect(formatTime(at, 'en', NY)).toMatch(/^2:30\sPM$/);
    expect(formatTime(at, 'es', NY)).toMatch(/^2:30\sp\.\s?m\.$/);
    expect(formatTimeRange(at, '2026-03-03T20:30:00Z', 'en', NY)).toMatch(/^2:30\s–\s3:30\sPM$/);
    expect(formatTimeRange(at, '2026-03-03T20:30:00Z', 'es', NY)).toMatch(/^2:30\s?–\s?3:30\sp\.\s?m\.$/);
  });

  it('never lets a clock time break across lines, and still lets a long date wrap between its parts', () => {
    const noBreak = /^[^\s\u00a0]+(\u00a0[^\s\u00a0]+)*$/;
    for (const language of ['en', 'es', 'ar', 'vi'] as const) {
      expect(formatTime(at, language, NY)).toMatch(noBreak);
      expect(formatWallTime('14:00', language)).toMatch(noBreak);
    }
    // The same parts as ICU gives them for "2:00 p. m.", with ordinary spaces: the time holds together.
    const parts: Intl.DateTimeFormatPart[] = [
      { type: 'hour', value: '2' },
      { type: 'literal', value: ':' },
      { type: 'minute', value: '00' },
      { type: 'literal', value: ' ' },
      { type: 'dayPeriod', value: 'p. m.' },
    ];
    expect(keepClockTogether(parts)).toBe('2:00\u00a0p.\u00a0m.');
    // Between the day and the time, and around a range's dash, a line may still break.
    expect(formatDayTime(at, 'es', NY)).toMatch(/^martes, 3 de marzo, 2:30\u00a0p\.\u00a0?m\.$/);
    expect(formatTimeRange(at, '2026-03-03T20:30:00Z', 'en', NY)).toMatch(/^2:30[ \u2009]–[ \u2009]3:30\u00a0PM$/);
  });

  it('names the day, with the time or the year where asked', () => {
    expect(formatDay(at, 'en', NY)).toBe('Tuesday, March 3');
    expect(formatDay(at, 'es', NY)).toBe('martes, 3 de marzo');
    expect(formatDayTime(at, 'en', NY)).toMatch(/^Tuesday, March 3 at 2:30\sPM$/);
    expect(formatDayTime(at, 'es', NY)).toMatch(/^martes, 3 de marzo, 2:30\sp\.\s?m\.$/);
    expect(formatDate(at, 'en', NY)).toBe('Tuesday, March 3, 2026');
    expect(formatDateTime(at, 'en', NY)).toMatch(/^Mar 3, 2026, 2:30\sPM$/);
  });

  it('reads an instant in the branch zone, not the machine one', () => {
    // 02:30 UTC on the 4th is still the evening of the 3rd in New York.
    expect(formatDayTime('2026-03-04T02:30:00Z', 'en', NY)).toMatch(/^Tuesday, March 3 at 9:30\sPM$/);
    expect(formatDayTime('2026-03-04T02:30:00Z', 'en', 'Pacific/Auckland')).toMatch(/^Wednesday, March 4 at 3:30\sPM$/);
  });

  it('falls back to UTC for a zone Intl does not know, rather than failing the screen', () => {
    expect(formatTime(at, 'en', 'Mars/Olympus')).toMatch(/^7:30\sPM$/);
  });

  it('formats calendar dates, weekdays and wall times without a zone', () => {
    expect(formatLocalDate('2026-03-08', 'en')).toBe('Sunday, March 8, 2026');
    expect(formatLocalDate('2026-03-08', 'es', 'day')).toBe('domingo, 8 de marzo');
    expect(formatWeekday(0, 'en')).toBe('Sunday');
    expect(formatWeekday(6, 'es')).toBe('sábado');
    expect(formatWallTime('13:05', 'en')).toMatch(/^1:05\sPM$/);
    // The end of a day that closes at midnight.
    expect(formatWallTime('24:00', 'en')).toMatch(/^12:00\sAM$/);
  });

  it('says midnight for a closing time at the end of the day', () => {
    expect(formatClosingTime('2026-03-04T05:00:00Z', 'en', NY, 'midnight')).toBe('midnight');
    expect(formatClosingTime('2026-03-03T22:00:00Z', 'en', NY, 'midnight')).toMatch(/^5:00\sPM$/);
  });

  it('formats money and percentages', () => {
    expect(formatMoney(123456, 'en')).toBe('$1,234.56');
    expect(formatMoney(349, 'es')).toBe('$3.49');
    expect(formatPercent(0.456, 'en')).toBe('46%');
  });

  it('builds each formatter once and reuses it', () => {
    expect(dateFormat('time', 'es', NY)).toBe(dateFormat('time', 'es', NY));
    expect(dateFormat('time', 'es', NY)).not.toBe(dateFormat('time', 'en', NY));
  });
});

describe('phone numbers', () => {
  it('shows US numbers as (555) 010-1234 however they were typed', () => {
    for (const typed of ['5550101234', '555-010-1234', '+1 555 010 1234', '1 (555) 010-1234', ' 555.010.1234 ']) {
      expect(formatPhone(typed)).toBe('(555) 010-1234');
    }
  });

  it('keeps anything else as typed (trimmed): a local 7-digit or a foreign number', () => {
    expect(formatPhone(' 555-0101 ')).toBe('555-0101');
    expect(formatPhone('+52 55 1234 5678')).toBe('+52 55 1234 5678');
    expect(usPhone('+52 55 1234 5678')).toBeNull();
    expect(usPhone('555-010-12ab')).toBeNull();
  });
});

describe('spans of time', () => {
  it('says a cut-off in whole days from a day up, hours under a day, rounded up so "less than" stays true', () => {
    expect(roundedUpSpan(168 * 60)).toEqual([{ unit: 'day', count: 7 }]);
    expect(roundedUpSpan(24 * 60)).toEqual([{ unit: 'day', count: 1 }]);
    expect(roundedUpSpan(36 * 60)).toEqual([{ unit: 'day', count: 2 }]);
    expect(roundedUpSpan(23 * 60)).toEqual([{ unit: 'hour', count: 23 }]);
    expect(roundedUpSpan(90)).toEqual([{ unit: 'hour', count: 2 }]);
    expect(roundedUpSpan(45)).toEqual([{ unit: 'minute', count: 45 }]);
  });

  it('says a length in minutes under an hour, else hours and the minutes left', () => {
    expect(lengthSpan(30)).toEqual([{ unit: 'minute', count: 30 }]);
    expect(lengthSpan(60)).toEqual([{ unit: 'hour', count: 1 }]);
    expect(lengthSpan(90)).toEqual([{ unit: 'hour', count: 1 }, { unit: 'minute', count: 30 }]);
    expect(lengthSpan(120)).toEqual([{ unit: 'hour', count: 2 }]);
  });
});

describe.each(languageCodes)('digits in %s: one rule for every number a patron reads', (language) => {
  afterEach(() => setNumberingSystems({}));
  const systemsIn = (text: string): NumberingSystem[] => [/[0-9]/.test(text) ? 'latn' : null, /[\u0660-\u0669]/.test(text) ? 'arab' : null].filter((s): s is NumberingSystem => s !== null);

  it.each(languageOf(language).numberingSystems)('with %s digits: prices, times, dates, counts, order numbers alike; phones stay Western', (digits) => {
    setNumberingSystems({ [language]: digits });
    const numbers = [
      formatMoney(1767, language),
      formatTime(at, language, NY),
      formatTimeRange(at, '2026-03-03T20:30:00Z', language, NY),
      formatDayTime(at, language, NY),
      formatLocalDate('2026-12-04', language),
      formatInteger(12, language),
      formatDigits('1001', language),
      formatPercent(0.5, language),
    ];
    for (const text of numbers) expect(systemsIn(text), text).toEqual([digits]);
    expect(formatPhone('5550104400')).toBe('(555) 010-4400');
  });
});

describe('text of another script in a sentence', () => {
  it('is isolated in right-to-left languages only', () => {
    expect(isolated('Yasmin', 'ar')).toBe('\u2068Yasmin\u2069');
    expect(isolated('Yasmin', 'en')).toBe('Yasmin');
    expect(isolated('', 'ar')).toBe('');
  });
});
