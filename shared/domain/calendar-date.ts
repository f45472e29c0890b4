// Dates typed or sent as YYYY-MM-DD: the shape alone lets 2026-02-30 or 9999-99-99 through.

const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2100;

const daysIn = (year: number, month: number): number => {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

/** True for a real calendar day written YYYY-MM-DD between 2000-01-01 and 2100-12-31. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysIn(year, month);
}
