// The referral directory: resource categories, the resource record and its CSV rows.
import { z } from 'zod';
import { FALLBACK_LANGUAGE, isLanguageCode, languageCodes, type LanguageCode } from '../languages';
import { columnOf, languagesInHeader, localisedColumns, pickIn } from '../localised-text';
import { localisedSchema } from '../localised-text-schema';

export const resourceCategories = [
  'clinic',
  'food',
  'housing',
  'mentalHealth',
  'substanceUse',
  'insurance',
  'legal',
  'transport',
  'helpline211',
  /** The library's own programs (Books & Bread, Hive, others staff add): referred to in the same visit. */
  'library',
  'other',
] as const;
export type ResourceCategory = (typeof resourceCategories)[number];

const line = (max: number) => z.string().trim().max(max);

/** What a resource says in one language. Programme and "helps with" are required; the rest may be blank. */
export const resourceTextSchema = z.object({
  programme: line(120).min(1),
  helpsWith: line(400).min(1),
  hours: line(300),
  eligibility: line(400),
  languages: line(200),
  documents: line(400),
  nextStep: line(400),
  fees: line(200),
  accessibility: line(200),
});
export type ResourceText = z.infer<typeof resourceTextSchema>;
export const resourceTextFields = Object.keys(resourceTextSchema.shape) as (keyof ResourceText)[];

export const resourceSchema = z.object({
  id: z.string().min(1).max(64),
  category: z.enum(resourceCategories),
  organisation: line(120).min(1),
  address: line(200),
  phone: line(40),
  website: line(200),
  active: z.boolean(),
  /** The text block per language; at least one. A language without one reads the fallback (English first). */
  text: localisedSchema(resourceTextSchema, { required: true }),
});
export type Resource = z.infer<typeof resourceSchema>;

const noText: ResourceText = { programme: '', helpsWith: '', hours: '', eligibility: '', languages: '', documents: '', nextStep: '', fees: '', accessibility: '' };

/** The resource's text for a reader of `language` (their language, else the fallback). */
export const resourceTextIn = (resource: Resource, language: LanguageCode): ResourceText => pickIn(resource.text, language) ?? noText;

// ---- CSV rows: one column per plain field, then `<field>_<language>` per text field and language ----

const plainColumns = ['id', 'category', 'organisation', 'address', 'phone', 'website', 'active'] as const;

/** Columns of a file for the given languages (exports carry the branch's offered languages). */
export const csvColumnsFor = (languages: readonly LanguageCode[]): string[] => [
  ...plainColumns,
  ...languages.flatMap((lang) => localisedColumns(resourceTextFields, [lang])),
];

/** The languages a file carries text for: those with a programme column. */
export const csvLanguages = (header: readonly string[]): LanguageCode[] => languagesInHeader(header, 'programme');

export function resourceToRow(resource: Resource, languages: readonly LanguageCode[] = languageCodes): Record<string, string> {
  const row: Record<string, string> = {
    id: resource.id,
    category: resource.category,
    organisation: resource.organisation,
    address: resource.address,
    phone: resource.phone,
    website: resource.website,
    active: resource.active ? 'yes' : 'no',
  };
  for (const lang of languages) {
    const text = resource.text[lang];
    for (const field of resourceTextFields) row[columnOf(field, lang)] = text?.[field] ?? '';
  }
  return row;
}

export type RowIssue = { row: number; column: string; code: string };

const truthy = new Set(['yes', 'y', 'true', '1', 'si', 'sí', 'active']);
const falsy = new Set(['no', 'n', 'false', '0', 'inactive']);

/**
 * Checks one CSV row (`rowNumber` counts the header as row 1, as spreadsheets do).
 * A row without an id gets `newId` — imports add those and update the rest by id.
 */
export function rowToResource(
  row: Record<string, string | undefined>,
  rowNumber: number,
  newId: () => string,
  languages: readonly LanguageCode[] = languageCodes,
): { resource: Resource } | { issues: RowIssue[] } {
  const cell = (column: string) => (row[column] ?? '').trim();
  const issues: RowIssue[] = [];
  const activeCell = cell('active').toLowerCase();
  let active = true;
  if (activeCell !== '') {
    if (truthy.has(activeCell)) active = true;
    else if (falsy.has(activeCell)) active = false;
    else issues.push({ row: rowNumber, column: 'active', code: 'invalid_value' });
  }
  const text: Partial<Record<LanguageCode, Record<string, string>>> = {};
  for (const lang of languages) {
    const values = Object.fromEntries(resourceTextFields.map((f) => [f, cell(columnOf(f, lang))]));
    // A language with every text cell empty is simply not translated.
    if (Object.values(values).some((v) => v !== '')) text[lang] = values;
  }
  // No text at all: the row needs it in the fallback language at least.
  if (Object.keys(text).length === 0) text[FALLBACK_LANGUAGE] = Object.fromEntries(resourceTextFields.map((f) => [f, '']));
  const candidate = {
    id: cell('id') || newId(),
    category: cell('category'),
    organisation: cell('organisation'),
    address: cell('address'),
    phone: cell('phone'),
    website: cell('website'),
    active,
    text,
  };
  const parsed = resourceSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, lang, field] = issue.path.map(String);
      const column = first === 'text' && field && isLanguageCode(lang) ? columnOf(field, lang) : (first ?? '');
      issues.push({ row: rowNumber, column, code: issue.code === 'too_small' && column !== '' ? 'required' : issue.code });
    }
  }
  if (issues.length > 0 || !parsed.success) return { issues };
  return { resource: parsed.data };
}

/** The library's own programs, always in the directory (staff may add more with the `library` category). */
export const LIBRARY_PROGRAM_IDS = { grocery: 'library-books-bread', hive: 'library-hive' } as const;

/** Directory categories that answer each screener domain, best first. */
const categoriesFor: Record<string, readonly ResourceCategory[]> = {
  food: ['food'],
  housing: ['housing', 'legal'],
  transportation: ['transport'],
  utilities: ['housing', 'insurance'],
  safety: ['mentalHealth', 'legal', 'helpline211'],
};

/**
 * The order the nurse's referral suggestions come in for a patron whose screener flagged `flagged` domains:
 * a food need puts the library's Books & Bread first (the patron can order here today), then each domain's
 * categories; the rest keep the directory's order.
 */
export function rankResources<R extends Pick<Resource, 'id' | 'category'>>(resources: readonly R[], flagged: readonly string[]): R[] {
  const rank = (r: R): number => {
    if (flagged.includes('food') && r.id === LIBRARY_PROGRAM_IDS.grocery) return 0;
    let best = Infinity;
    flagged.forEach((domain, d) => {
      const at = (categoriesFor[domain] ?? []).indexOf(r.category);
      if (at >= 0) best = Math.min(best, 1 + d * 10 + at);
    });
    return best;
  };
  return resources
    .map((r, i) => ({ r, i, rank: rank(r) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ r }) => r);
}
