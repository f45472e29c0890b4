import { describe, expect, it } from 'vitest';
import { pageBy } from './paging';

const rows = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, at: `2026-01-0${i + 1}` }));
const key = (r: { id: string; at: string }) => `${r.at} ${r.id}`;

describe('paging', () => {
  it('walks every row once, newest first, with the total on each page', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = pageBy(rows, key, { order: 'desc', cursor, limit: 3 });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((r) => r.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(['r6', 'r5', 'r4', 'r3', 'r2', 'r1', 'r0']);
  });

  it('neither skips nor repeats rows added at the top between pages', () => {
    const first = pageBy(rows, key, { order: 'desc', limit: 3 });
    const grown = [...rows, { id: 'new', at: '2026-01-09' }];
    const second = pageBy(grown, key, { order: 'desc', cursor: first.nextCursor ?? undefined, limit: 3 });
    expect(second.items.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(second.total).toBe(8);
  });

  it('starts from the top for a cursor it cannot read, and keeps non-ASCII keys intact', () => {
    expect(pageBy(rows, key, { order: 'asc', cursor: '%E0%A4%A', limit: 2 }).items.map((r) => r.id)).toEqual(['r0', 'r1']);
    const named = [{ id: 'Ñandú' }, { id: 'Zoë' }, { id: 'Ávila' }];
    const page = pageBy(named, (r) => r.id, { order: 'asc', limit: 1 });
    expect(pageBy(named, (r) => r.id, { order: 'asc', cursor: page.nextCursor ?? undefined, limit: 5 }).items.map((r) => r.id)).toEqual(['Ávila', 'Ñandú']);
  });
});
