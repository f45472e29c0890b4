// Numbered migrations of the grocery collections (see store/migrations.ts).
import { atField, eachObject, stringToLocalised, type Migration } from '../store/migrations';

// Sizes were one English string ("3 lb bag") shown on every screen; English is what they were written in.
const sizeInEnglish = stringToLocalised('en');

/** grocery.json: settings, catalog, window states. */
export const groceryDocMigrations: Migration[] = [
  {
    to: 2,
    name: 'catalog item sizes per language',
    up: (data) => atField(data, 'catalog', (catalog) => eachObject(catalog, (item) => ({ ...item, size: sizeInEnglish(item.size) }))),
  },
];

/** grocery-orders/*: each order's lines keep the size as it was when ordered. */
export const orderMigrations: Migration[] = [
  {
    to: 2,
    name: 'order line sizes per language',
    up: (orders) => eachObject(orders, (order) => ({ ...order, lines: eachObject(order.lines, (line) => ({ ...line, size: sizeInEnglish(line.size) })) })),
  },
];
