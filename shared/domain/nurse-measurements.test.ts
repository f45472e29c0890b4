import { describe, expect, it } from 'vitest';
import { checkMeasurements, urgentReadings } from './nurse-measurements';

describe('measurement range checks', () => {
  it('accepts ordinary readings and empty ones', () => {
    expect(checkMeasurements({ systolic: 128, diastolic: 82, pulse: 72, bloodSugar: 105 })).toEqual([]);
    expect(checkMeasurements({})).toEqual([]);
  });

  it('refuses typing slips outside the possible range, with the range and unit', () => {
    expect(checkMeasurements({ systolic: 1280 })).toEqual([{ field: 'systolic', code: 'out-of-range', min: 50, max: 300, unit: 'mmHg' }]);
    expect(checkMeasurements({ pulse: 5, bloodSugar: 900 }).map((i) => i.field)).toEqual(['pulse', 'bloodSugar']);
    expect(checkMeasurements({ pulse: Number.NaN })[0]?.field).toBe('pulse');
  });

  it('refuses a lower number that is not below the upper one', () => {
    expect(checkMeasurements({ systolic: 80, diastolic: 120 })).toEqual([{ field: 'diastolic', code: 'diastolic-not-below-systolic' }]);
  });

  it('points out readings that need attention now', () => {
    expect(urgentReadings({ systolic: 185, diastolic: 95 })).toEqual(['systolic']);
    expect(urgentReadings({ bloodSugar: 60, pulse: 72 })).toEqual(['bloodSugar']);
  });
});
