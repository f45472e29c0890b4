import { describe, expect, it } from 'vitest';
import { resourceToRow, rowToResource, type Resource } from './nurse-directory';

const resource: Resource = {
  id: 'r1',
  category: 'food',
  organisation: 'Pantry',
  address: '1 Main St',
  phone: '555',
  website: '',
  active: false,
  text: {
    en: { programme: 'Pantry', helpsWith: 'Groceries', hours: 'Mon', eligibility: '', languages: 'English', documents: '', nextStep: 'Come in', fees: '', accessibility: '' },
  },
};

describe('directory CSV rows', () => {
  it('round-trips a resource through a row', () => {
    const row = resourceToRow(resource);
    expect(row.active).toBe('no');
    expect(rowToResource(row, 2, () => 'new')).toEqual({ resource });
  });

  it('reports every problem of a row by column', () => {
    const row = { ...resourceToRow(resource), category: 'pets', programme_en: '', active: 'maybe', helpsWith_es: 'Comida' };
    const outcome = rowToResource(row, 7, () => 'new');
    expect('issues' in outcome && outcome.issues.map((i) => `${i.row}:${i.column}:${i.code}`).sort()).toEqual(
      ['7:active:invalid_value', '7:category:invalid_value', '7:programme_en:required', '7:programme_es:required'].sort(),
    );
  });

  it('gives a row without an id a new one', () => {
    const outcome = rowToResource({ ...resourceToRow(resource), id: '' }, 3, () => 'fresh-id');
    expect('resource' in outcome && outcome.resource.id).toBe('fresh-id');
  });
});
