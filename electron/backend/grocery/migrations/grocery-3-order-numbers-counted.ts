// grocery.json, schema 2 → 3: the next order number lived in this file, so restoring it from a snapshot
// handed numbers out again. Numbers now come from the store's counters (never backwards); the old value
// is passed to `legacyNext` to seed the counter, and leaves the file.
import { isObject, type Migration } from '../../store/migrations';

export const grocery3OrderNumbersCounted = (legacyNext: (value: number) => void): Migration => ({
  to: 3,
  name: 'order numbers from the store counters',
  up: (data) => {
    if (!isObject(data)) return data;
    const { nextOrderNumber, ...rest } = data;
    if (typeof nextOrderNumber === 'number') legacyNext(nextOrderNumber);
    return rest;
  },
});
