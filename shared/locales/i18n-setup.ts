// One i18next set-up for the screens (renderer/src/i18n.ts) and for printed documents
// (electron/backend/printing/templates/translator.ts), so both say and count things the same way.
import type { FormatterModule, InitOptions, Resource } from 'i18next';
import { formatInteger } from '../domain/format';
import { FALLBACK_LANGUAGE, isLanguageCode, languageCodes } from '../languages';

/**
 * Numbers put into a string (`{{count}}`, `{{minutes}}`) in the digits the branch chose for the language
 * (Arabic-Indic or Western for Arabic). Strings are never changed: phone numbers, codes and names stay as typed.
 */
export const digitsFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything else (a string, or undefined for a missing value, which i18next then reports) passes through as it came.
  format: (value: string | number, _format, lng) => (typeof value !== 'number' ? value : isLanguageCode(lng) ? formatInteger(value, lng) : String(value)),
};

/**
 * Synchronous init from bundled `resources` (printouts: `resources.ts`, every language; the screens: the fallback
 * language, the others loaded when picked). Interpolated values are escaped by whoever renders them (React, the html tag).
 */
export const i18nextOptions = (language: string, resources: Resource): InitOptions => ({
  resources,
  lng: language,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...languageCodes],
  initAsync: false,
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});
