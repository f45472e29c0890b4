// staff.json, schema 1 → 2: one pad-wide wrong-PIN counter (`failedTries`, `lockedUntil`) let a guessing patron
// lock every staff member out; version 2 counts wrong PINs per device and member (`guesses`, empty after the
// migration) and learns each PIN's length at its next use (`pinDigits`, unknown until then).
import { eachObject, isObject, type Migration } from '../../store/migrations';

export const staff2PinsPerMember: Migration = {
  to: 2,
  name: 'wrong PINs counted per device and member',
  up: (data) => {
    if (!isObject(data) || !Array.isArray(data.members)) return data;
    // The schema checks the result; only the fields version 2 keeps go through.
    const members = eachObject(data.members, ({ id, name, role, active, createdAt, pinHash }) => ({ id, name, role, active, createdAt, pinHash, pinDigits: null }));
    return { members, guesses: {} };
  },
};
