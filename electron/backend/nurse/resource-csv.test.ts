import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../shared/languages';
import { isKioskFailure } from '../../../shared/result';
import { demoResources } from './demo-directory';
import { resourcesFromCsv, resourcesToCsv } from './resource-csv';

const refusal = (csv: string) => {
  try {
    resourcesFromCsv(csv, () => 'new-id');
  } catch (error) {
    if (isKioskFailure(error)) return { code: error.code, params: error.params, fields: error.fields };
  }
  return null;
};

describe('directory CSV', () => {
  it('round-trips the whole demo directory, commas, quotes and line breaks included', () => {
    const resources = demoResources();
    const first = resources[0]!;
    const english = first.text.en!;
    resources[0] = { ...first, organisation: 'Harbor "Community", Inc.', text: { ...first.text, en: { ...english, hours: 'Mon 8–6\nTue 8–6' } } };
    expect(resourcesFromCsv(resourcesToCsv(resources, languageCodes), () => 'unused')).toEqual({ resources, languages: [...languageCodes] });
  });

  it('names missing columns and refuses an empty file', () => {
    expect(refusal('id,category,organisation\n1,food,X')).toMatchObject({
      code: 'nurse.csv-invalid',
      fields: [
        { path: '1.programme_en', code: 'missing-column' },
        { path: '1.helpsWith_en', code: 'missing-column' },
      ],
    });
    expect(refusal('category,organisation,programme_en,helpsWith_en\n')).toMatchObject({ fields: [{ path: '2.', code: 'no-rows' }] });
  });

  it('reads a file written in one language only, and says which text columns a language lacks', () => {
    const spanishOnly = 'category,organisation,programme_es,helpsWith_es\nfood,Despensa,Despensa semanal,Comida\n';
    expect(resourcesFromCsv(spanishOnly, () => 'new-id')).toMatchObject({ languages: ['es'], resources: [{ id: 'new-id', text: { es: { programme: 'Despensa semanal' } } }] });
    expect(refusal('category,organisation,programme_es\nfood,X,P\n')).toMatchObject({ fields: [{ path: '1.helpsWith_es', code: 'missing-column' }] });
  });

  it('refuses the same id twice and lists every bad row, not only the first', () => {
    const header = 'id,category,organisation,programme_en,helpsWith_en';
    expect(refusal([header, 'a,food,X,P,H', 'a,food,Y,P,H', 'b,food,,P,H'].join('\n'))).toMatchObject({
      params: { count: 2, rows: '3, 4' },
      fields: [
        { path: '3.id', code: 'duplicate-id' },
        { path: '4.organisation', code: 'required' },
      ],
    });
  });
});
