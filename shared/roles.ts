export const staffRoles = ['librarian', 'nurse', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** `public` operations are open to walk-up patrons; the rest name the staff roles allowed. */
export type Access = 'public' | readonly StaffRole[];

export const isAllowed = (access: Access, role: StaffRole | null): boolean =>
  access === 'public' || (role !== null && access.includes(role));
