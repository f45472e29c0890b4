import type { LanguageCode } from '../languages';
import { translation as ar } from './ar';
import { translation as en } from './en';
import { translation as es } from './es';
import { translation as vi } from './vi';

/**
 * Every string, per language (one folder each, see docs/translating.md). The type makes a language
 * in the list without a folder here fail to compile.
 */
export const resources = {
  en: { translation: en },
  es: { translation: es },
  ar: { translation: ar },
  vi: { translation: vi },
} satisfies Record<LanguageCode, { translation: object }>;
