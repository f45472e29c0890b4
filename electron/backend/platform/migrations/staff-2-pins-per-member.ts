// Staff, schema 1 → 2: one pad-wide wrong-PIN counter (`failedTries`, `lockedUntil`) let a guessing patron
// lock every staff member out; version 2 counts wrong PINs per device and member (`guesses`, empty after the
// migration) and learns each PIN's length at its next use (`pinDigits`, unknown until then).
type MemberV1 = { id: string; name: string; role: string; active: boolean; createdAt: string; pinHash: string };

export function migrateStaffTo2(data: unknown): unknown {
  const members = (data as { members?: MemberV1[] } | null)?.members;
  if (!Array.isArray(members)) return data;
  // The schema checks the result; only the fields version 2 keeps go through.
  return { members: members.map(({ id, name, role, active, createdAt, pinHash }) => ({ id, name, role, active, createdAt, pinHash, pinDigits: null })), guesses: {} };
}
