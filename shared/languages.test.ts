import { afterEach, describe, expect, it } from 'vitest';
import { settingsSchema } from './contract/platform';
import { formatInteger } from './domain/format';
import { languageCodes, languageList, languageNameIn, languageOf, localeTagOf, setNumberingSystems, type LanguageDef } from './languages';

const languages: readonly LanguageDef[] = languageList;
const numberingSchema = () => settingsSchema.shape.numberingSystems;

afterEach(() => setNumberingSystems({}));

describe('the language list', () => {
  it.each(languages.map((l) => [l.code, l] as const))('%s: its CLDR plural categories are the ones Intl uses for its locale', (_code, language) => {
    const intl = new Intl.PluralRules(language.locale).resolvedOptions().pluralCategories;
    expect([...language.pluralCategories].sort()).toEqual([...intl].sort());
  });

  it.each(languages.map((l) => [l.code, l] as const))('%s: a usable locale, direction and keyboard', (code, language) => {
    expect(Intl.DateTimeFormat.supportedLocalesOf([language.locale])).toEqual([language.locale]);
    expect(['ltr', 'rtl']).toContain(language.dir);
    const keys = new Set([...language.keyboard.default, ...language.keyboard.shift].flatMap((row) => row.split(' ')));
    expect(keys.has('{bksp}') && keys.has('{space}') && keys.has('{done}'), code).toBe(true);
    // Every special key the layout uses has a label and a spoken name, except the ones the keyboard names itself.
    const own = ['{bksp}', '{space}', '{done}', '{shift}', '{abc}'];
    for (const key of keys) if (key.startsWith('{') && !own.includes(key)) expect(language.keyboard.keys?.[key], `${code} ${key}`).toBeDefined();
  });

  it('codes are unique and the names are in their own script', () => {
    expect(new Set(languageCodes).size).toBe(languageCodes.length);
    expect(languageOf('es').name).toBe('Español');
  });

  it('formats in the digits the branch chose, where the language has a choice', () => {
    expect(localeTagOf('es')).toBe('es-US');
    expect(localeTagOf('ar')).toBe('ar-u-nu-latn');
    expect(formatInteger(23, 'ar')).toBe('23');
    setNumberingSystems({ ar: 'arab' });
    expect(localeTagOf('ar')).toBe('ar-u-nu-arab');
    expect(formatInteger(23, 'ar')).toBe('٢٣');
    expect(formatInteger(1234, 'en')).toBe('1234');
    setNumberingSystems({ en: 'arab' });
    // English has no such choice: the setting is ignored.
    expect(localeTagOf('en')).toBe('en-US');
  });

  it('lets a branch choose only digits the language has', () => {
    const choice = numberingSchema();
    expect(choice.safeParse({ ar: 'arab' }).success).toBe(true);
    expect(choice.safeParse({}).success).toBe(true);
    expect(choice.safeParse({ en: 'arab' }).error?.issues[0]?.message).toBe('numbering-not-offered');
  });

  it('names a language in the reader’s language for staff', () => {
    expect(languageNameIn('es', 'en')).toBe('Spanish');
    expect(languageNameIn('en', 'es')).toBe('inglés');
  });
});
