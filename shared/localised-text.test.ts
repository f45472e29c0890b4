import { describe, expect, it } from 'vitest';
import {
  languagesInHeader,
  languagesToExport,
  languageOfText,
  localisedFromRow,
  mergeLanguages,
  pickIn,
  textIn,
} from './localised-text';
import { localisedTextSchema } from './localised-text-schema';

describe('text per language', () => {
  it('gives the reader their language, else the fallback (English), else any language that has some', () => {
    expect(textIn({ en: 'Bananas', es: 'Plátanos' }, 'es')).toBe('Plátanos');
    expect(textIn({ en: 'Bananas', es: '  ' }, 'es')).toBe('Bananas');
    expect(textIn({ es: 'Plátanos' }, 'en')).toBe('Plátanos');
    expect(languageOfText({ en: 'Bananas' }, 'es')).toBe('en');
    expect(languageOfText({ es: 'Plátanos' }, 'es')).toBe('es');
    expect(textIn({}, 'es')).toBe('');
    expect(textIn(undefined, 'es')).toBe('');
    expect(pickIn({ en: { programme: 'Pantry' } }, 'es')).toEqual({ programme: 'Pantry' });
  });

  it('validates: a length per language, only shipped languages, and "required" means some language has text', () => {
    const room = localisedTextSchema(10, { required: true });
    expect(room.safeParse({ en: ' Room A ' })).toEqual({ success: true, data: { en: 'Room A' } });
    expect(room.safeParse({ en: '', es: ' ' }).error?.issues).toMatchObject([{ message: 'required', path: [] }]);
    expect(room.safeParse({ en: 'x'.repeat(11) }).error?.issues).toMatchObject([{ code: 'too_big', path: ['en'] }]);
    expect(room.safeParse({ xx: 'Room' }).success).toBe(false);
    expect(localisedTextSchema(10).safeParse({}).success).toBe(true);
  });
});

describe('translatable columns in CSV files', () => {
  it('reads one column per language, and an older single column as the language it was written in', () => {
    const header = ['id', 'name_en', 'name_es', 'size'];
    expect(languagesInHeader(header, 'name')).toEqual(['en', 'es']);
    expect(languagesInHeader(header, 'size', { en: 'size' })).toEqual(['en']);
    expect(languagesInHeader(header, 'description')).toEqual([]);
    const row: Record<string, string> = { name_en: 'Rice', name_es: '', size: '5 lb' };
    const cell = (c: string) => row[c] ?? '';
    expect(localisedFromRow(cell, 'name', ['en', 'es'])).toEqual({ en: 'Rice' });
    expect(localisedFromRow(cell, 'size', ['en'], { en: 'size' })).toEqual({ en: '5 lb' });
  });

  it('keeps stored text of languages a re-imported file has no column for', () => {
    expect(mergeLanguages({ en: 'Rice', es: 'Arroz' }, { en: 'Old', es: 'Viejo' }, ['en', 'es'])).toEqual({ en: 'Rice', es: 'Arroz' });
    expect(mergeLanguages({ en: 'Rice' }, { en: 'Old', es: 'Arroz' }, ['en'])).toEqual({ en: 'Rice', es: 'Arroz' });
    // A language the file has a column for but left blank is blank now.
    expect(mergeLanguages({ en: 'Rice' }, { en: 'Old', es: 'Arroz' }, ['en', 'es'])).toEqual({ en: 'Rice' });
  });

  it('exports the offered languages and any language the data is written in', () => {
    expect(languagesToExport(['en'], [{ en: 'a' }, { es: 'b' }])).toEqual(['en', 'es']);
    expect(languagesToExport(['es'], [{ en: 'a' }])).toEqual(['en', 'es']);
    expect(languagesToExport(['en', 'es'], [])).toEqual(['en', 'es']);
  });
});
