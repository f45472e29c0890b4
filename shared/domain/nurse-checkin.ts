// What a patron can tell the kiosk when checking in to see the nurse. Choices only (no free text
// besides a first name or nickname), so nothing more personal than needed is ever typed.

export const visitReasons = [
  'bloodPressure',
  'bloodSugar',
  'woundSkin',
  'medicine',
  'doctorInsurance',
  'food',
  'housing',
  'stress',
  'alcoholDrugs',
  'other',
] as const;
export type VisitReason = (typeof visitReasons)[number];

export const accessNeeds = ['wheelchair', 'hearing', 'vision', 'reading', 'seated', 'quiet'] as const;
export type AccessNeed = (typeof accessNeeds)[number];
