// Catalog rows <-> items. The file is parsed by papaparse in the backend; this checks each row
// and says which rows are wrong and why, so a bad file changes nothing.
//
// Columns: id, category, then one column per language for each translatable field (name_en, name_es,
// name_ar, ..., description_*, size_*), then price, snap, active, limit, picture. Files from before
// languages were data have a single `size` column (English); they still import.
import { catalogItemSchema, type CatalogItem } from './grocery-catalog';
import { categoryIds } from './grocery-lists';
import { FALLBACK_LANGUAGE, type LanguageCode } from '../languages';
import { columnOf, languagesInHeader, localisedColumns, localisedFromRow, type LocalisedText } from '../localised-text';
import { parseDollars } from './grocery-cart';
import { isPictureRef } from './pictures';

const plainColumns = ['id', 'category', 'price', 'snap', 'active', 'limit', 'picture'] as const;
type PlainColumn = (typeof plainColumns)[number];
export const translatedFields = ['name', 'description', 'size'] as const;
type TranslatedField = (typeof translatedFields)[number];

/** The single English size column of older files. */
const aliases: Record<TranslatedField, Partial<Record<LanguageCode, string>>> = { name: {}, description: {}, size: { en: 'size' } };
const maxLength: Record<TranslatedField, number> = { name: 80, description: 300, size: 40 };

/** The header of an export carrying `languages`. */
export const csvColumnsFor = (languages: readonly LanguageCode[]): string[] => ['id', 'category', ...localisedColumns(translatedFields, languages), 'price', 'snap', 'active', 'limit', 'picture'];

export type CsvRowError = {
  /** Line in the file, counting the header as line 1. */
  row: number;
  /** A column of the file (`price`, `name_es`), or '' for the whole row. */
  column: string;
  code: 'missing-columns' | 'required' | 'bad-id' | 'bad-category' | 'bad-price' | 'bad-flag' | 'bad-limit' | 'bad-picture' | 'too-long' | 'duplicate-id' | 'empty-file';
};

/** Which languages the file carries, field by field: a re-import keeps stored text of languages a field has no column for. */
export type CsvLanguages = Record<TranslatedField, LanguageCode[]>;

const flag = (text: string): boolean | null => {
  const v = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'si', 'sí'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  return null;
};

/** Checks parsed rows (header keys → cell text). Either every row is an item, or the errors. */
export function itemsFromRows(
  header: readonly string[],
  rows: readonly Record<string, string | undefined>[],
): { ok: true; items: CatalogItem[]; languages: CsvLanguages } | { ok: false; errors: CsvRowError[] } {
  const languages: CsvLanguages = {
    name: languagesInHeader(header, 'name', aliases.name),
    description: languagesInHeader(header, 'description', aliases.description),
    size: languagesInHeader(header, 'size', aliases.size),
  };
  const missing: string[] = plainColumns.filter((c) => !header.includes(c));
  if (languages.name.length === 0) missing.push(columnOf('name', FALLBACK_LANGUAGE));
  if (languages.size.length === 0) missing.push(columnOf('size', FALLBACK_LANGUAGE));
  if (missing.length > 0) return { ok: false, errors: missing.map((column) => ({ row: 1, column, code: 'missing-columns' })) };
  if (rows.length === 0) return { ok: false, errors: [{ row: 1, column: '', code: 'empty-file' }] };
  // The column a cell of `field` in `language` came from (the alias in older files).
  const columnIn = (field: TranslatedField, code: LanguageCode): string => {
    const alias = aliases[field][code];
    return header.includes(columnOf(field, code)) || alias === undefined ? columnOf(field, code) : alias;
  };
  const errors: CsvRowError[] = [];
  const items: CatalogItem[] = [];
  const ids = new Set<string>();
  rows.forEach((raw, index) => {
    const row = index + 2;
    const cell = (c: string) => (raw[c] ?? '').trim();
    const rowErrors: CsvRowError[] = [];
    const add = (column: string, code: CsvRowError['code']) => rowErrors.push({ row, column, code });
    for (const c of ['id', 'category', 'price', 'picture'] satisfies PlainColumn[]) if (cell(c) === '') add(c, 'required');
    const read = (field: TranslatedField): LocalisedText => localisedFromRow(cell, field, languages[field], aliases[field]);
    const text = { name: read('name'), description: read('description'), size: read('size') } satisfies Record<TranslatedField, LocalisedText>;
    for (const field of translatedFields) {
      for (const code of languages[field]) if ((text[field][code] ?? '').length > maxLength[field]) add(columnIn(field, code), 'too-long');
    }
    // Name and size: the fallback language's when the file has its column (partial translations are fine), else any.
    for (const field of ['name', 'size'] as const) {
      const needed = languages[field].includes(FALLBACK_LANGUAGE) ? [FALLBACK_LANGUAGE] : languages[field];
      if (!needed.some((code) => text[field][code])) add(columnIn(field, needed[0] ?? FALLBACK_LANGUAGE), 'required');
    }
    const id = cell('id');
    if (id !== '' && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(id)) add('id', 'bad-id');
    else if (id !== '' && ids.has(id)) add('id', 'duplicate-id');
    const category = cell('category');
    if (category !== '' && !(categoryIds as readonly string[]).includes(category)) add('category', 'bad-category');
    const price = cell('price') === '' ? null : parseDollars(cell('price'));
    if (cell('price') !== '' && (price === null || price < 1)) add('price', 'bad-price');
    const snap = flag(cell('snap'));
    if (snap === null) add('snap', 'bad-flag');
    const active = cell('active') === '' ? true : flag(cell('active'));
    if (active === null) add('active', 'bad-flag');
    const limitText = cell('limit');
    const limit = limitText === '' ? null : /^\d{1,2}$/.test(limitText) ? Number(limitText) : Number.NaN;
    if (limit !== null && (Number.isNaN(limit) || limit < 1 || limit > 20)) add('limit', 'bad-limit');
    if (cell('picture') !== '' && !isPictureRef(cell('picture'))) add('picture', 'bad-picture');
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    ids.add(id);
    const candidate = {
      id,
      category,
      name: text.name,
      description: text.description,
      size: text.size,
      priceCents: price,
      snapEligible: snap,
      picture: cell('picture'),
      active,
      limit,
    };
    const parsed = catalogItemSchema.safeParse(candidate);
    if (parsed.success) items.push(parsed.data);
    else errors.push({ row, column: '', code: 'required' });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items, languages };
}

/** One CSV row per item, text in `languages`, prices as dollars with two decimals. */
export function rowsFromItems(items: readonly CatalogItem[], languages: readonly LanguageCode[]): Record<string, string>[] {
  return items.map((item) => {
    const row: Record<string, string> = { id: item.id, category: item.category };
    for (const field of translatedFields) for (const code of languages) row[columnOf(field, code)] = item[field][code] ?? '';
    return {
      ...row,
      price: (item.priceCents / 100).toFixed(2),
      snap: item.snapEligible ? 'yes' : 'no',
      active: item.active ? 'yes' : 'no',
      limit: item.limit === null ? '' : String(item.limit),
      picture: item.picture,
    };
  });
}
