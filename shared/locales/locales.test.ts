import { describe, expect, it } from 'vitest';
import { languageCodes, languageOf } from '../languages';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
const english = flatten(resources.en.translation as Tree);
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));

// i18next's missing-key handler never sees a key that only the fallback language has, so parity is checked here.
describe.each(languageCodes)('locale %s', (language) => {
  const strings = flatten(resources[language].translation as Tree);

  it('has every key of English and no others', () => {
    expect([...baseKeys(strings.keys())].sort()).toEqual([...baseKeys(english.keys())].sort());
  });

  it('has exactly the plural forms of its language (CLDR categories) for every plural string', () => {
    const categories = [...languageOf(language).pluralCategories].sort();
    // The list and Intl agree (shared/languages.test.ts checks every language), so this is what i18next will ask for.
    expect(categories).toEqual([...new Intl.PluralRules(languageOf(language).locale).resolvedOptions().pluralCategories].sort());
    const plurals = [...baseKeys([...english.keys()].filter((k) => PLURAL.test(k)))];
    for (const key of plurals) {
      const forms = [...strings.keys()].filter((k) => k.replace(PLURAL, '') === key && PLURAL.test(k)).map((k) => PLURAL.exec(k)?.[1]);
      expect(forms.sort(), key).toEqual(categories);
    }
  });

  it('uses the same placeholders as English', () => {
    for (const [key, text] of strings) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
      // A zero, one or two form may say its number as a word ("دقيقتان", two minutes); every other placeholder stays.
      const wordForm = /_(zero|one|two)$/.test(key);
      const expected = variables(source ?? '').filter((v) => !(wordForm && v === 'count' && !variables(text).includes('count')));
      expect(variables(text), key).toEqual(expected);
    }
  });

  it('has no empty strings', () => {
    for (const [key, text] of strings) expect(text.trim(), key).not.toBe('');
  });
});
