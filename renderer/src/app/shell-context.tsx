import { createContext, useContext } from 'react';
import type { PublicSettings, StaffSessionView } from '../../../shared/contract/platform';
import type { LanguageCode } from '../../../shared/languages';
import type { DeviceRole } from '../../../shared/contract/branch';

export type Route = { id: string; params?: Record<string, string> };

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
