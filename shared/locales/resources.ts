import type { LanguageCode } from '../languages';
import { translation as en } from './en';
import { translation as es } from './es';

/**
 * Every string, per language (one folder each, see docs/translating.md). The type makes a language
 * in the list without a folder here fail to compile.
 */
export const resources = {
  en: { translation: en },
  es: { translation: es },
} satisfies Record<LanguageCode, { translation: object }>;
