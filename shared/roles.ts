/** The three partner programs: the grocer (Books & Bread), the university (Hive), the health department (Library Nurse). */
export const programs = ['grocery', 'hive', 'nurse'] as const;
export type Program = (typeof programs)[number];

/** A partner is read-only staff who sees one program's anonymous figures; the role names the program. */
export const partnerRoles = ['grocery-partner', 'hive-partner', 'nurse-partner'] as const;
export type PartnerRole = (typeof partnerRoles)[number];

export const staffRoles = ['librarian', 'nurse', 'admin', ...partnerRoles] as const;
export type StaffRole = (typeof staffRoles)[number];

/** `public` operations are open to walk-up patrons; the rest name the staff roles allowed. */
export type Access = 'public' | readonly StaffRole[];

export const isAllowed = (access: Access, role: StaffRole | null): boolean =>
  access === 'public' || (role !== null && access.includes(role));

/** The program a partner role is scoped to; null for roles that are not scoped (admins see every program). */
export const programOfRole = (role: StaffRole): Program | null => {
  const found = programs.find((p) => role === `${p}-partner`);
  return found ?? null;
};
