// How dates, times, money and phone numbers read, one way per language for every screen and printout
// (grocery, hive, nurse, staff). Intl formatters are costly to build (about 100 ms on a slow kiosk PC)
// and cheap to use, so each one is built once per language, style and zone, and kept.
import { directionOf, localeTagOf, numberingSystemOf, type LanguageCode } from '../languages';
import { isTimeZone, localTimeOf, type LocalDate, type LocalTime } from './zoned-time';

type Instant = Date | string;

const dateStyles = {
  /** 2:30 PM · 2:30 p.m. */
  time: { hour: 'numeric', minute: '2-digit' },
  /** Tuesday, March 3 · martes, 3 de marzo */
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  /** Tuesday, March 3 at 2:30 PM · martes, 3 de marzo, 2:30 p.m. */
  dayTime: { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  /** Tuesday, March 3, 2026 */
  date: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  /** Mar 3, 2026, 2:30 PM: staff lists. */
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  /** Tue, Mar 3, 2:30 PM: a week's schedule. */
  shortDayTime: { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  weekday: { weekday: 'long' },
  shortWeekday: { weekday: 'short' },
  /** November 2026: report months. */
  month: { year: 'numeric', month: 'long' },
  /** Nov 30: chart axes. */
  shortDate: { month: 'short', day: 'numeric' },
  /** Nov 2026: chart axes per month. */
  shortMonth: { year: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof dateStyles;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const orLists = new Map<LanguageCode, Intl.ListFormat>();
const andLists = new Map<LanguageCode, Intl.ListFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A zone name Intl does not know (a typo in settings) must not stop a screen or a printout: UTC then. */
const usableZone = (timeZone: string): string => (isTimeZone(timeZone) ? timeZone : 'UTC');

export function dateFormat(style: DateStyle, language: LanguageCode, timeZone: string): Intl.DateTimeFormat {
  const zone = usableZone(timeZone);
  // Keyed by locale tag, not language: the branch's choice of digits is part of it and may change.
  const locale = localeTagOf(language);
  const key = `${locale}|${style}|${zone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...dateStyles[style], timeZone: zone });
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(kind: 'money' | 'percent' | 'integer' | 'count', language: LanguageCode): Intl.NumberFormat {
  const locale = localeTagOf(language);
  const key = `${locale}|${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Record<typeof kind, Intl.NumberFormatOptions> = {
      money: { style: 'currency', currency: 'USD' },
      percent: { style: 'percent', maximumFractionDigits: 0 },
      integer: { useGrouping: false, maximumFractionDigits: 20 },
      count: {},
    };
    format = new Intl.NumberFormat(locale, options[kind]);
    numberFormats.set(key, format);
  }
  return format;
}

const at = (instant: Instant): Date => (instant instanceof Date ? instant : new Date(instant));

const clockParts: ReadonlySet<string> = new Set(['hour', 'minute', 'second', 'dayPeriod']);
/** Every space of a clock time becomes U+00A0 (also ICU's narrow U+202F, for one look on screen and paper). */
const anySpace = /\s/g;

/**
 * A clock time never breaks across lines: "2:00 p.m." with "p.m." alone on the next line reads as another
 * time. Spaces inside the time (before the day period, inside "p. m.") become no-break spaces; the spaces
 * around a weekday or a range's dash stay, so a long date can still wrap between its parts.
 */
export function keepClockTogether(parts: readonly Intl.DateTimeFormatPart[]): string {
  return parts
    .map((part, i) => {
      if (part.type === 'dayPeriod') return part.value.replace(anySpace, '\u00a0');
      const between = part.type === 'literal' && /^\s+$/.test(part.value) && clockParts.has(parts[i - 1]?.type ?? '') && clockParts.has(parts[i + 1]?.type ?? '');
      return between ? part.value.replace(anySpace, '\u00a0') : part.value;
    })
    .join('');
}

const withClock = (style: DateStyle, instant: Instant, language: LanguageCode, timeZone: string): string =>
  keepClockTogether(dateFormat(style, language, timeZone).formatToParts(at(instant)));

export const formatTime = (instant: Instant, language: LanguageCode, timeZone: string): string => withClock('time', instant, language, timeZone);
export const formatDay = (instant: Instant, language: LanguageCode, timeZone: string): string => dateFormat('day', language, timeZone).format(at(instant));
export const formatDayTime = (instant: Instant, language: LanguageCode, timeZone: string): string => withClock('dayTime', instant, language, timeZone);
export const formatDate = (instant: Instant, language: LanguageCode, timeZone: string): string => dateFormat('date', language, timeZone).format(at(instant));
export const formatDateTime = (instant: Instant, language: LanguageCode, timeZone: string): string => withClock('dateTime', instant, language, timeZone);
export const formatShortDayTime = (instant: Instant, language: LanguageCode, timeZone: string): string => withClock('shortDayTime', instant, language, timeZone);

/**
 * When something closes: the time, or the language's word for midnight when it closes at the end of the day
 * (a check-in open "until 12:00 AM" reads as the morning).
 */
export const formatClosingTime = (instant: Instant, language: LanguageCode, timeZone: string, midnight: string): string =>
  localTimeOf(at(instant), usableZone(timeZone)) === '00:00' ? midnight : formatTime(instant, language, timeZone);

/** 2:30 – 3:30 PM: one range, the shared part said once. */
export const formatTimeRange = (start: Instant, end: Instant, language: LanguageCode, timeZone: string): string =>
  keepClockTogether(dateFormat('time', language, timeZone).formatRangeToParts(at(start), at(end)));

/** A calendar date (no instant, no zone): noon UTC of that date, read in UTC. */
export const formatLocalDate = (date: LocalDate, language: LanguageCode, style: 'day' | 'date' | 'month' | 'shortDate' | 'shortMonth' = 'date'): string =>
  dateFormat(style, language, 'UTC').format(new Date(`${date}T12:00:00Z`));

/** A wall-clock time of a weekly schedule ("10:00" → 10:00 AM); 24:00 is the end of the day, read as midnight. */
export function formatWallTime(time: LocalTime, language: LanguageCode): string {
  const [h, m] = time.split(':').map(Number);
  return withClock('time', new Date(Date.UTC(2026, 0, 5, (h ?? 0) % 24, m ?? 0)), language, 'UTC');
}

/** 0 = Sunday … 6 = Saturday, in the language. */
export const formatWeekday = (weekday: number, language: LanguageCode, length: 'long' | 'short' = 'long'): string =>
  dateFormat(length === 'long' ? 'weekday' : 'shortWeekday', language, 'UTC').format(new Date(Date.UTC(2026, 0, 4 + weekday, 12)));

/**
 * $3.49 / 3,49 US$ as the language writes it. In right-to-left text the currency symbol is isolated as
 * left-to-right: otherwise the $ of "3.49 US$" takes the paragraph's direction and lands on the wrong side of "US".
 */
export function formatMoney(cents: number, language: LanguageCode): string {
  const format = numberFormat('money', language);
  if (directionOf(language) === 'ltr') return format.format(cents / 100);
  return format
    .formatToParts(cents / 100)
    .map((part) => (part.type === 'currency' ? `\u2066${part.value}\u2069` : part.value))
    .join('');
}

/**
 * Text of another script set into a sentence (a mentor's Latin name in Arabic), isolated in right-to-left languages:
 * otherwise the number after it ("Yasmin · 30 دقيقة") joins the Latin run and the parts change places.
 */
export const isolated = (text: string, language: LanguageCode): string => (directionOf(language) === 'rtl' && text ? `\u2068${text}\u2069` : text);

/** A count or a quantity in the digits the branch chose for the language, without grouping: 23, ٢٣. */
export const formatInteger = (value: number, language: LanguageCode): string =>
  numberingSystemOf(language) === 'latn' ? String(value) : numberFormat('integer', language).format(value);

/** A number made of digits that names something (an order number, "1001"), in the language's digits: ١٠٠١. */
export const formatDigits = (text: string, language: LanguageCode): string =>
  numberingSystemOf(language) === 'latn' ? text : text.replace(/[0-9]/g, (digit) => formatInteger(Number(digit), language));

/** A share 0..1 as a whole percent. */
export const formatPercent = (share: number, language: LanguageCode): string => numberFormat('percent', language).format(share);
/** A count of rows or people: "1,234". */
export const formatCount = (count: number, language: LanguageCode): string => numberFormat('count', language).format(count);

/** "card or cash" · "tarjeta o efectivo". */
export function formatOr(items: readonly string[], language: LanguageCode): string {
  let format = orLists.get(language);
  if (!format) {
    format = new Intl.ListFormat(localeTagOf(language), { type: 'disjunction' });
    orLists.set(language, format);
  }
  return format.format(items);
}

/** "card and cash" · "1 hora y 30 minutos": items joined as the language lists them. */
export function formatAnd(items: readonly string[], language: LanguageCode): string {
  let format = andLists.get(language);
  if (!format) {
    format = new Intl.ListFormat(localeTagOf(language), { type: 'conjunction' });
    andLists.set(language, format);
  }
  return format.format(items);
}

/** A span of time as people count it, largest unit first; each part is said with `duration.<unit>` (plural by count). */
export type TimeSpan = readonly { unit: 'day' | 'hour' | 'minute'; count: number }[];

/**
 * A cut-off or a notice ("less than 7 days away"): whole days from a day up, whole hours under a day, minutes under
 * an hour. Rounded up, so "less than" stays true of what it describes: a 36-hour cut-off reads "less than 2 days".
 */
export function roundedUpSpan(minutes: number): TimeSpan {
  const whole = Math.max(0, Math.ceil(minutes));
  if (whole >= 24 * 60) return [{ unit: 'day', count: Math.ceil(whole / (24 * 60)) }];
  if (whole >= 60) return [{ unit: 'hour', count: Math.ceil(whole / 60) }];
  return [{ unit: 'minute', count: whole }];
}

/** A length (a meeting, a wait): minutes under an hour, else hours and the minutes left ("1 hour and 30 minutes"). */
export function lengthSpan(minutes: number): TimeSpan {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return [{ unit: 'minute', count: rest }];
  return rest === 0 ? [{ unit: 'hour', count: hours }] : [{ unit: 'hour', count: hours }, { unit: 'minute', count: rest }];
}

/** The ten digits of a US number (an 11-digit number starting with 1 drops the country code), or null. */
function usDigits(phone: string): string | null {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 ? digits : null;
}

/** A US number as "(555) 010-1234", or null when it is not one. */
export function usPhone(phone: string): string | null {
  const digits = usDigits(phone);
  return digits ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : null;
}

/**
 * A phone number as people read it: a US number as "(555) 010-1234", anything else as it was typed. Western digits in
 * every language, whatever digits the language's numbers use: a phone number is dialled as it is written.
 */
export const formatPhone = (phone: string): string => usPhone(phone) ?? phone.trim();

/**
 * Translation params for "call the branch at {{phone}}": the number as people read it, or, when the branch has
 * none in its settings, the `_noPhone` wording (i18next context) that sends the patron to the desk instead.
 */
export const branchPhoneParams = (phone: string): { phone: string } | { context: 'noPhone' } =>
  phone.trim() ? { phone: formatPhone(phone) } : { context: 'noPhone' };

/** The first word of a name: what a mentor is called on a slip, or what the nurse calls a patron. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
