import { describe, expect, it } from 'vitest';
import { rankResources, resourceToRow, rowToResource, type Resource } from './nurse-directory';

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

describe('referral suggestions after the screener', () => {
  const directory = [
    { id: 'clinic-1', category: 'clinic' as const },
    { id: 'pantry', category: 'food' as const },
    { id: 'shelter', category: 'housing' as const },
    { id: 'library-hive', category: 'library' as const },
    { id: 'library-books-bread', category: 'library' as const },
  ];
  it('puts Books & Bread first for a food need, then food resources, then the other domains by category', () => {
    expect(rankResources(directory, ['food', 'housing']).map((r) => r.id)).toEqual(['library-books-bread', 'pantry', 'shelter', 'clinic-1', 'library-hive']);
  });
  it('keeps the directory order without flags, and Books & Bread in place without a food need', () => {
    expect(rankResources(directory, []).map((r) => r.id)).toEqual(directory.map((r) => r.id));
    expect(rankResources(directory, ['housing']).map((r) => r.id)).toEqual(['shelter', 'clinic-1', 'pantry', 'library-hive', 'library-books-bread']);
  });
});
