// Catalog rows <-> items. The file is parsed by papaparse in the backend; this checks each row
// and says which rows are wrong and why, so a bad file changes nothing.
import { catalogItemSchema, categoryIds, type CatalogItem } from '../contract/grocery';
import { parseDollars } from './grocery-cart';
import { isPictureRef } from './pictures';

export const csvColumns = [
  'id',
  'category',
  'name_en',
  'name_es',
  'description_en',
  'description_es',
  'size',
  'price',
  'snap',
  'active',
  'limit',
  'picture',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export type CsvRowError = {
  /** Line in the file, counting the header as line 1. */
  row: number;
  column: CsvColumn | '';
  code: 'missing-columns' | 'required' | 'bad-id' | 'bad-category' | 'bad-price' | 'bad-flag' | 'bad-limit' | 'bad-picture' | 'too-long' | 'duplicate-id' | 'empty-file';
};

const flag = (text: string): boolean | null => {
  const v = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'si', 'sí'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  return null;
};

const maxLength: Partial<Record<CsvColumn, number>> = { name_en: 80, name_es: 80, description_en: 300, description_es: 300, size: 40 };

/** Checks parsed rows (header keys → cell text). Either every row is an item, or the errors. */
export function itemsFromRows(header: readonly string[], rows: readonly Record<string, string | undefined>[]): { ok: true; items: CatalogItem[] } | { ok: false; errors: CsvRowError[] } {
  const missing = csvColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, errors: missing.map((column) => ({ row: 1, column, code: 'missing-columns' })) };
  if (rows.length === 0) return { ok: false, errors: [{ row: 1, column: '', code: 'empty-file' }] };
  const errors: CsvRowError[] = [];
  const items: CatalogItem[] = [];
  const ids = new Set<string>();
  rows.forEach((raw, index) => {
    const row = index + 2;
    const cell = (c: CsvColumn) => (raw[c] ?? '').trim();
    const rowErrors: CsvRowError[] = [];
    const add = (column: CsvColumn, code: CsvRowError['code']) => rowErrors.push({ row, column, code });
    for (const c of ['id', 'category', 'name_en', 'name_es', 'size', 'price', 'picture'] as const) if (cell(c) === '') add(c, 'required');
    for (const [c, max] of Object.entries(maxLength) as [CsvColumn, number][]) if (cell(c).length > max) add(c, 'too-long');
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
      name: { en: cell('name_en'), es: cell('name_es') },
      description: { en: cell('description_en'), es: cell('description_es') },
      size: cell('size'),
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
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items };
}

/** One CSV row per item, prices as dollars with two decimals. */
export function rowsFromItems(items: readonly CatalogItem[]): Record<CsvColumn, string>[] {
  return items.map((item) => ({
    id: item.id,
    category: item.category,
    name_en: item.name.en,
    name_es: item.name.es,
    description_en: item.description.en,
    description_es: item.description.es,
    size: item.size,
    price: (item.priceCents / 100).toFixed(2),
    snap: item.snapEligible ? 'yes' : 'no',
    active: item.active ? 'yes' : 'no',
    limit: item.limit === null ? '' : String(item.limit),
    picture: item.picture,
  }));
}
