// One i18next set-up for the screens (renderer/src/i18n.ts) and for printed documents
// (electron/backend/printing/templates/translator.ts), so both say and count things the same way.
import type { FormatterModule, InitOptions } from 'i18next';
import { formatInteger } from '../domain/format';
import { directionOf, FALLBACK_LANGUAGE, isLanguageCode, languageCodes } from '../languages';
import { resources } from './resources';

/**
 * Numbers put into a string (`{{count}}`, `{{minutes}}`) in the digits the branch chose for the language
 * (Arabic-Indic or Western for Arabic). Strings are never changed: phone numbers, codes and names stay as typed
 * (a phone number is only isolated as left-to-right in right-to-left text).
 */
export const digitsFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything else (a string, or undefined for a missing value, which i18next then reports) passes through as it came.
  format: (value: string | number, _format, lng, options) => {
    if (typeof value === 'number') return isLanguageCode(lng) ? formatInteger(value, lng) : String(value);
    // A phone number in right-to-left text is isolated as left-to-right: otherwise "(555) 010-4400" shows as
    // "010-4400 (555)", its parts in Arabic reading order.
    if (options?.interpolationkey === 'phone' && typeof value === 'string' && value && isLanguageCode(lng) && directionOf(lng) === 'rtl') return `\u2066${value}\u2069`;
    return value;
  },
};

/** Bundled resources and synchronous init: no Suspense, no network. Interpolated values are escaped by whoever renders them (React, the html tag). */
export const i18nextOptions = (language: string): InitOptions => ({
  resources,
  lng: language,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...languageCodes],
  initAsync: false,
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});
