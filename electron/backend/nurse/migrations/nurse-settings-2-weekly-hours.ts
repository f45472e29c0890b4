// Nurse settings, schema 1 → 2: the nurse's hours were free text ("Tue 10:00–14:00", one line per day);
// check-in now follows weekly hours. Text that reads as days and times becomes those hours; anything
// else stays, word for word, as the note printed under the hours, and staff are asked to set the hours.
import { weeklyProblems, type HoursRange } from '../../../../shared/domain/nurse-hours';
import type { Migration } from '../../store/migrations';

type V1 = { nurseHours: string; visitMinutes: number };
type V2 = { weeklyHours: HoursRange[]; closedDates: { date: string; note: string }[]; hoursNote: string; visitMinutes: number };

const dayNames: [RegExp, number][] = [
  [/^(sun(day)?|dom(ingo)?)$/, 0],
  [/^(mon(day)?|lun(es)?)$/, 1],
  [/^(tue(s(day)?)?|mar(tes)?)$/, 2],
  [/^(wed(nesday)?|mi[eé](rcoles)?)$/, 3],
  [/^(thu(r(s(day)?)?)?|jue(ves)?)$/, 4],
  [/^(fri(day)?|vie(rnes)?)$/, 5],
  [/^(sat(urday)?|s[aá]b(ado)?)$/, 6],
];
const weekdayOf = (word: string): number | null => dayNames.find(([pattern]) => pattern.test(word.toLowerCase().replace(/\.$/, '')))?.[1] ?? null;

const DASH = /\s*[-–—]\s*|\s+(?:to|a)\s+/i;

/** "10", "10:30", "2pm", "2:30 p.m.", "14:00" → minutes, and whether am/pm was given. */
function readTime(text: string): { minutes: number; meridiem: boolean } | null {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const meridiem = match[3]?.toLowerCase().replace(/[.\s]/g, '');
  if (minute > 59 || hour > 24 || (meridiem && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { minutes: hour * 60 + minute, meridiem: meridiem !== undefined };
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Weekly hours read from the old free text, or null when any line is not plainly days and times. */
export function weeklyHoursFromText(text: string): HoursRange[] | null {
  const lines = text.split(/\r?\n|;/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return null;
  const out: HoursRange[] = [];
  for (const line of lines) {
    const match = /^([A-Za-zÁÉÍÓÚáéíóú.]+)(?:(?:\s*[-–—]\s*|\s+(?:to|a)\s+)([A-Za-zÁÉÍÓÚáéíóú.]+))?\s*:?\s+(.+)$/.exec(line);
    if (!match) return null;
    const first = weekdayOf(match[1] ?? '');
    const last = match[2] ? weekdayOf(match[2]) : first;
    if (first === null || last === null) return null;
    const days: number[] = [];
    for (let d = first; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === last) break;
    }
    for (const range of (match[3] ?? '').split(/\s*(?:,|&|\band\b|\by\b)\s*/i)) {
      const [openText, closeText, extra] = range.split(DASH);
      if (openText === undefined || closeText === undefined || extra !== undefined) return null;
      const open = readTime(openText);
      const close = readTime(closeText);
      if (!open || !close) return null;
      // "10–2" or "9–5" without am/pm: the afternoon is meant (never a guess for 24-hour times like 10:00–09:00).
      let closeMinutes = close.minutes;
      if (!close.meridiem && closeMinutes <= open.minutes && closeMinutes >= 60 && closeMinutes < 8 * 60) closeMinutes += 12 * 60;
      if (closeMinutes <= open.minutes || closeMinutes > 24 * 60 || open.minutes >= 24 * 60) return null;
      for (const weekday of days) out.push({ weekday, open: hhmm(open.minutes), close: hhmm(closeMinutes) });
    }
  }
  out.sort((a, b) => a.weekday - b.weekday || a.open.localeCompare(b.open));
  return weeklyProblems(out).length === 0 ? out : null;
}

export function migrateNurseSettingsTo2(data: unknown): V2 {
  const old = data as V1;
  const weekly = weeklyHoursFromText(old.nurseHours ?? '');
  return {
    weeklyHours: weekly ?? [],
    closedDates: [],
    hoursNote: weekly ? '' : (old.nurseHours ?? ''),
    visitMinutes: old.visitMinutes,
  };
}

export const nurseSettings2WeeklyHours: Migration = { to: 2, name: 'weekly hours from the old text', up: migrateNurseSettingsTo2 };
