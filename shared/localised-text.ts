// Translatable text in stored data (item names and sizes, room names, branch hours, directory entries...):
// a map keyed by language code. One helper picks what a patron reads; one schema (localised-text-schema.ts)
// validates it everywhere.
import { FALLBACK_LANGUAGE, languageCodes, type LanguageCode } from './languages';

/** `{ en: 'Bananas', es: 'Plátanos' }`: a language may be missing or blank; it then falls back. */
export type LocalisedText = Partial<Record<LanguageCode, string>>;

const filled = <T>(value: T | undefined): value is T => value !== undefined && (typeof value !== 'string' || value.trim() !== '');

/** The language a reader of `language` gets the value from: theirs, else the fallback, else the first (list order) that has one. */
function sourceOf<T>(map: Partial<Record<LanguageCode, T>> | undefined, language: LanguageCode): LanguageCode | undefined {
  if (!map) return undefined;
  return [language, FALLBACK_LANGUAGE, ...languageCodes].find((code) => filled(map[code]));
}

/** What a reader of `language` sees (a fallback when their language has nothing); `undefined` only when no language has any. */
export function pickIn<T>(map: Partial<Record<LanguageCode, T>> | undefined, language: LanguageCode): T | undefined {
  const code = sourceOf(map, language);
  return code === undefined ? undefined : map?.[code];
}

/** Text for a reader of `language` (see pickIn), or '' when there is none. */
export const textIn = (text: LocalisedText | undefined, language: LanguageCode): string => pickIn(text, language) ?? '';

/** The language `textIn` takes the text from, so a fallback can carry its own `lang` for screen readers. */
export const languageOfText = (text: LocalisedText | undefined, language: LanguageCode): LanguageCode => sourceOf(text, language) ?? language;

/** The same text in one language only (older data, demo content); blank gives an empty map. */
export const onlyIn = (language: LanguageCode, text: string): LocalisedText => (text.trim() === '' ? {} : { [language]: text });

/** Every language's text, for search across languages ("plátano" finds bananas on the English screen). */
export const allTexts = (text: LocalisedText | undefined): string[] => Object.values(text ?? {}).filter(filled);

// ---- CSV: one column per language, `<field>_<code>` (name_en, name_es, name_ar ...) ----

export const columnOf = (field: string, code: LanguageCode): string => `${field}_${code}`;

/** The columns of translatable fields for the languages a file carries, field by field. */
export const localisedColumns = (fields: readonly string[], languages: readonly LanguageCode[]): string[] =>
  fields.flatMap((field) => languages.map((code) => columnOf(field, code)));

/** The languages a file has a column for, for one field (`aliases`: older single-language columns, such as `size` for English). */
export function languagesInHeader(header: readonly string[], field: string, aliases: Partial<Record<LanguageCode, string>> = {}): LanguageCode[] {
  return languageCodes.filter((code) => header.includes(columnOf(field, code)) || (aliases[code] !== undefined && header.includes(aliases[code])));
}

/** One field's text from a row's cells, for the languages the file carries; blank cells are left out. */
export function localisedFromRow(
  cell: (column: string) => string,
  field: string,
  languages: readonly LanguageCode[],
  aliases: Partial<Record<LanguageCode, string>> = {},
): LocalisedText {
  const text: LocalisedText = {};
  for (const code of languages) {
    const alias = aliases[code];
    const value = cell(columnOf(field, code)) || (alias ? cell(alias) : '');
    if (value !== '') text[code] = value;
  }
  return text;
}

/** A translatable field as a re-imported file leaves it: the file's languages replace, languages it has no column for are kept. */
export function mergeLanguages<T>(
  incoming: Partial<Record<LanguageCode, T>>,
  stored: Partial<Record<LanguageCode, T>> | undefined,
  fileLanguages: readonly LanguageCode[],
): Partial<Record<LanguageCode, T>> {
  const merged = { ...incoming };
  for (const code of languageCodes) {
    const kept = stored?.[code];
    if (!fileLanguages.includes(code) && kept !== undefined) merged[code] = kept;
  }
  return merged;
}

/** Languages an export carries: those the branch offers, plus any the stored text has (a round trip loses nothing). */
export function languagesToExport(offered: readonly LanguageCode[], texts: Iterable<Partial<Record<LanguageCode, unknown>>>): LanguageCode[] {
  const present = new Set<LanguageCode>(offered);
  for (const text of texts) for (const code of languageCodes) if (filled(text[code])) present.add(code);
  return languageCodes.filter((code) => present.has(code));
}
