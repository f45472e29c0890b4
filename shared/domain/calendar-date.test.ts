import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it('accepts real days in 2000–2100, leap days included', () => {
    for (const day of ['2000-01-01', '2026-06-30', '2024-02-29', '2000-02-29', '2100-12-31']) expect(isCalendarDate(day), day).toBe(true);
  });
  it('refuses impossible days, other shapes and years outside the range', () => {
    for (const day of ['9999-99-99', '2026-13-45', '2026-02-30', '2026-02-29', '2100-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '1999-12-31', '2101-01-01', '2026-1-01', '2026-01-01T00:00', '']) {
      expect(isCalendarDate(day), day).toBe(false);
    }
  });
});
