import { createContext, useContext } from 'react';
import type { PublicSettings, ServiceId, StaffSessionView } from '../../../shared/contract/platform';
import type { LanguageCode } from '../../../shared/languages';
import type { DeviceRole } from '../../../shared/contract/branch';

export type Route = { id: string; params?: Record<string, string> };

/**
 * What one patron's visit carries into the next service after "Anything else today?": their contact (shown
 * pre-filled, to confirm or change), the services already done, and whether the nurse's ticket screen handed
 * them over. Gone at the idle reset, at Home and at the end of the visit.
 */
export type VisitCarry = {
  contact: { name: string; phone: string; libraryCard: string };
  services: ServiceId[];
  handoff: boolean;
};

/** The flags a service's write sends for the day's counts (nothing that names the patron). */
export const visitFlags = (visit: VisitCarry | null): { earlier: number; handoff: boolean } | undefined =>
  visit ? { earlier: Math.min(3, visit.services.length), handoff: visit.handoff } : undefined;

export type Shell = {
  settings: PublicSettings;
  demo: boolean;
  setupRequired: boolean;
  /** The kiosk cannot save (disk full): patron services show as unavailable instead of failing at submit. */
  readOnly: boolean;
  session: StaffSessionView | null;
  /** This screen as a paired device of the branch (its name and role); null on the host's own screen. */
  device: { name: string; role: DeviceRole } | null;
  /** A librarian is running a patron flow on a patron's behalf. */
  assisting: boolean;
  route: Route;
  navigate(id: string, params?: Record<string, string>): void;
  /** Reloads settings and session from the backend (after settings change, sign-in). */
  refresh(): Promise<void>;
  setSession(session: StaffSessionView | null): void;
  startAssist(): void;
  signOut(): Promise<void>;
  /** The patron's visit so far, when they chose another service after finishing one. */
  visit: VisitCarry | null;
  /** After a service's confirmation: opens the next service's route with what the visit carries. */
  continueVisit(route: string, carry: VisitCarry): void;
  /**
   * The visit slip's references: one per record this visit made, as the backend handed them back (never their
   * content). Beside the carry, and gone with it at Home, the idle reset and the end of the visit.
   */
  visitSlips: readonly string[];
  /** A service's confirmation adds the reference its write got back. */
  addVisitSlip(ref: string): void;
  /** Ends the patron's visit: clears everything they entered and returns to the attract screen. */
  resetVisit(): void;
  language: LanguageCode;
  /** Undefined when the language switched at once; a promise while its strings load (resolves once they show). */
  setLanguage(language: LanguageCode): Promise<void> | undefined;
  largeText: boolean;
  setLargeText(on: boolean): void;
  highContrast: boolean;
  setHighContrast(on: boolean): void;
};

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside the shell');
  return shell;
}
