// grocery.json, schema 1 → 2: catalog item sizes were one English string ("3 lb bag") shown on every
// screen; they became text per language, the old string as the English text.
import { atField, eachObject, stringToLocalised, type Migration } from '../../store/migrations';

const sizeInEnglish = stringToLocalised('en');

export const grocery2SizesPerLanguage: Migration = {
  to: 2,
  name: 'catalog item sizes per language',
  up: (data) => atField(data, 'catalog', (catalog) => eachObject(catalog, (item) => ({ ...item, size: sizeInEnglish(item.size) }))),
};
