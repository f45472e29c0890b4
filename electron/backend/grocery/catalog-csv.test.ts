import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../shared/languages';
import { catalogToCsv, parseCatalogCsv } from './catalog-csv';
import { storeOrderCsv } from './grocery-export';
import { demoCatalog } from './demo-catalog';

const header = 'id,category,name_en,name_es,description_en,description_es,size,price,snap,active,limit,picture';

describe('catalog CSV', () => {
  it('round-trips the demo catalog (≥ 60 items in 8 categories)', () => {
    expect(demoCatalog.length).toBeGreaterThanOrEqual(60);
    expect(new Set(demoCatalog.map((i) => i.category)).size).toBe(8);
    const parsed = parseCatalogCsv(catalogToCsv(demoCatalog, languageCodes));
    expect(parsed.ok && parsed.items).toEqual(demoCatalog);
  });
  it('reads quoted fields with commas, a BOM and yes/no flags', () => {
    const csv = `\uFEFF${header}\r\nrice,pantry,"Rice, long grain","Arroz, grano largo","Says ""enriched""",,5 lb,5.49,yes,,4,pantry.svg\r\n`;
    const parsed = parseCatalogCsv(csv);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.items[0]).toMatchObject({ id: 'rice', name: { en: 'Rice, long grain' }, description: { en: 'Says "enriched"' }, priceCents: 549, snapEligible: true, active: true, limit: 4 });
    }
  });
  it('lists every bad row with the column and the reason', () => {
    const csv = [
      header,
      'rice,pantry,Rice,Arroz,,,5 lb,5.49,yes,yes,,pantry.svg',
      'Bad Id,pantry,X,X,,,1,1.00,yes,yes,,pantry.svg',
      'milk,candy,Milk,Leche,,,1 gal,free,maybe,yes,99,milk.png',
      'rice,pantry,Rice again,Arroz,,,5 lb,5.49,yes,yes,,pantry.svg',
      'eggs,dairy,,Huevos,,,12 ct,3.29,yes,yes,,dairy.svg',
    ].join('\n');
    const parsed = parseCatalogCsv(csv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toEqual([
        { row: 3, column: 'id', code: 'bad-id' },
        { row: 4, column: 'category', code: 'bad-category' },
        { row: 4, column: 'price', code: 'bad-price' },
        { row: 4, column: 'snap', code: 'bad-flag' },
        { row: 4, column: 'limit', code: 'bad-limit' },
        { row: 4, column: 'picture', code: 'bad-picture' },
        { row: 5, column: 'id', code: 'duplicate-id' },
        { row: 6, column: 'name_en', code: 'required' },
      ]);
    }
  });
  it('refuses a header without the needed columns and an empty file', () => {
    const parsed = parseCatalogCsv('id,name\nrice,Rice\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.column)).toContain('price');
    expect(parseCatalogCsv(`${header}\n`)).toEqual({ ok: false, errors: [{ row: 1, column: '', code: 'empty-file' }] });
  });
  it('sums each item across orders for the store', () => {
    const line = (itemId: string, quantity: number) => ({ itemId, name: { en: itemId, es: itemId }, size: { en: '1', es: '1' }, unitPriceCents: 250, snapEligible: true, quantity });
    const csv = storeOrderCsv('w1', [
      { number: '1001', lines: [line('rice', 2), line('eggs', 1)] },
      { number: '1002', lines: [line('rice', 3)] },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'window,item_id,item,size,quantity,unit_price,line_total,snap,orders',
      'w1,eggs,eggs,1,1,2.50,2.50,yes,1001×1',
      'w1,rice,rice,1,5,2.50,12.50,yes,1001×2 1002×3',
    ]);
  });
});
