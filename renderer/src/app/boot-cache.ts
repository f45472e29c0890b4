import type { OperationOutput } from '../../../shared/contract/operations';
import { isLanguageCode, setNumberingSystems } from '../../../shared/languages';

/** What the shell needs from `kiosk.bootstrap` (the staff session aside). */
export type Boot = Omit<OperationOutput<'kiosk.bootstrap'>, 'session'>;

// The branch's public settings (name, services, languages) as the last start saw them: the attract screen paints
// from them at once instead of waiting for the bootstrap call. Nothing personal is in them.
const KEY = 'kiosk.lastBoot';

const isBoot = (value: unknown): value is Boot => {
  if (typeof value !== 'object' || value === null || !('settings' in value)) return false;
  const { settings } = value;
  return (
    typeof settings === 'object' &&
    settings !== null &&
    'branchName' in settings &&
    typeof settings.branchName === 'string' &&
    'languages' in settings &&
    Array.isArray(settings.languages) &&
    settings.languages.every(isLanguageCode) &&
    'defaultLanguage' in settings &&
    isLanguageCode(settings.defaultLanguage) &&
    'services' in settings &&
    typeof settings.services === 'object' &&
    'numberingSystems' in settings &&
    typeof settings.numberingSystems === 'object'
  );
};

/** The last start's boot, or null (first start, storage cleared or unreadable, an older shape). */
export function lastBoot(): Boot | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (!isBoot(value)) return null;
    setNumberingSystems(value.settings.numberingSystems);
    return value;
  } catch {
    return null;
  }
}

export function rememberBoot(boot: Boot): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(boot));
  } catch {
    // Storage full or off: the next start waits for the bootstrap call, as before.
  }
}
