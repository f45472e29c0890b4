// Grocery, schema 1 → 2: the next order number lived in grocery.json, so restoring that file from a
// snapshot handed numbers out again. Numbers now come from the store's counters (never backwards);
// the old value is passed to `legacyNext` to seed the counter, and leaves the file.
export function migrateGroceryTo2(data: unknown, legacyNext: (value: number) => void): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { nextOrderNumber, ...rest } = data as { nextOrderNumber?: unknown };
  if (typeof nextOrderNumber === 'number') legacyNext(nextOrderNumber);
  return rest;
}
