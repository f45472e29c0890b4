/**
 * Translations for printed documents, one i18next instance per language, built once.
 *
 *   import { translatorFor } from '../printing/templates/translator';
 *   const t = translatorFor(language);
 *   html`<p>${t('grocery.slip.pickup', { day })}</p>`
 *
 * Keys are the app's own (`shared/locales/resources`): an area's strings sit under its key
 * (`grocery.*`, `hive.*`, `nurse.*`, `print.*`). Interpolation does NOT escape: put the result
 * into the `html` tag (templates/html.ts), which escapes every value, so text is escaped exactly once.
 * Plurals work as in the renderer (`_one` / `_other` with `count`).
 */
import i18next, { type TFunction } from 'i18next';
import type { LanguageCode } from '../../../../shared/languages';
import { digitsFormatter, i18nextOptions } from '../../../../shared/locales/i18n-setup';
import { resources } from '../../../../shared/locales/resources';

export type Translate = TFunction;

const instances = new Map<LanguageCode, TFunction>();

export function translatorFor(language: LanguageCode): TFunction {
  const known = instances.get(language);
  if (known) return known;
  const instance = i18next.createInstance().use(digitsFormatter);
  void instance.init(i18nextOptions(language, resources));
  const t = instance.t.bind(instance) as TFunction;
  instances.set(language, t);
  return t;
}
