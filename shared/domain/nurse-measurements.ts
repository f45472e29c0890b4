// Measurements the nurse records, with the ranges a real reading can fall in. A value outside
// is almost always a typing slip (180 typed as 1800), so it is refused rather than stored.

export const measurementKeys = ['systolic', 'diastolic', 'pulse', 'bloodSugar'] as const;
export type MeasurementKey = (typeof measurementKeys)[number];
export type Measurements = Partial<Record<MeasurementKey, number>>;

export const measurementRanges: Record<MeasurementKey, { min: number; max: number; unit: string }> = {
  systolic: { min: 50, max: 300, unit: 'mmHg' },
  diastolic: { min: 20, max: 200, unit: 'mmHg' },
  pulse: { min: 20, max: 250, unit: 'bpm' },
  bloodSugar: { min: 10, max: 800, unit: 'mg/dL' },
};

export type MeasurementIssue =
  | { field: MeasurementKey; code: 'out-of-range'; min: number; max: number; unit: string }
  | { field: 'diastolic'; code: 'diastolic-not-below-systolic' };

export function checkMeasurements(m: Measurements): MeasurementIssue[] {
  const issues: MeasurementIssue[] = [];
  for (const key of measurementKeys) {
    const value = m[key];
    if (value === undefined) continue;
    const range = measurementRanges[key];
    if (!Number.isFinite(value) || value < range.min || value > range.max) issues.push({ field: key, code: 'out-of-range', ...range });
  }
  if (m.systolic !== undefined && m.diastolic !== undefined && issues.length === 0 && m.diastolic >= m.systolic) {
    issues.push({ field: 'diastolic', code: 'diastolic-not-below-systolic' });
  }
  return issues;
}

/** Readings the nurse should act on now (not a diagnosis): shown as a warning on the console. */
export function urgentReadings(m: Measurements): MeasurementKey[] {
  const urgent: MeasurementKey[] = [];
  if ((m.systolic ?? 0) >= 180 || (m.diastolic ?? 0) >= 120) urgent.push('systolic');
  if (m.bloodSugar !== undefined && (m.bloodSugar < 70 || m.bloodSugar > 300)) urgent.push('bloodSugar');
  if (m.pulse !== undefined && (m.pulse < 50 || m.pulse > 120)) urgent.push('pulse');
  return urgent;
}
