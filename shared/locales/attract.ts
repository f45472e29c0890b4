import type { LanguageCode } from '../languages';
import { attract as ar } from './ar/attract';
import { attract as en } from './en/attract';
import { attract as es } from './es/attract';
import { attract as vi } from './vi/attract';

/** The attract screen's strings in every language: loaded with the app (see `<lang>/attract.ts`). */
export const attractStrings = { en, es, ar, vi } satisfies Record<LanguageCode, typeof en>;
