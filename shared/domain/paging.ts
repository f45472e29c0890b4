// Paging for lists that grow (orders, audit log, print jobs...): a stable cursor, not an offset,
// so a page does not skip or repeat rows when new ones arrive between pages.

export type Page<T> = { items: T[]; total: number; nextCursor: string | null };

/**
 * One page of `items` in the order of `sortKey` (unique per item; `desc` for newest first).
 * The cursor is the sort key of the last row shown; an unreadable cursor starts from the top.
 */
export function pageBy<T>(items: readonly T[], sortKey: (item: T) => string, options: { order: 'asc' | 'desc'; cursor?: string; limit: number }): Page<T> {
  const keyed = items.map((item) => ({ item, key: sortKey(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * (options.order === 'asc' ? 1 : -1));
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  const rest = after === null ? keyed : keyed.filter(({ key }) => (options.order === 'asc' ? key > after : key < after));
  const page = rest.slice(0, options.limit);
  const last = page.at(-1);
  return { items: page.map((k) => k.item), total: items.length, nextCursor: rest.length > page.length && last ? encodeCursor(last.key) : null };
}

// The cursor is the key itself, made safe for any transport; a client has no reason to read it.
const encodeCursor = (key: string): string => encodeURIComponent(key);

function decodeCursor(cursor: string): string | null {
  try {
    return decodeURIComponent(cursor);
  } catch {
    return null;
  }
}
