// grocery-orders/*, schema 1 → 2: each order line keeps the size as it was when ordered, now as text
// per language (the old string was English).
import { eachObject, stringToLocalised, type Migration } from '../../store/migrations';

const sizeInEnglish = stringToLocalised('en');

export const groceryOrders2SizesPerLanguage: Migration = {
  to: 2,
  name: 'order line sizes per language',
  up: (orders) => eachObject(orders, (order) => ({ ...order, lines: eachObject(order.lines, (line) => ({ ...line, size: sizeInEnglish(line.size) })) })),
};
