// hive-workshops.json, schema 1 → 2: room names were one string; the ones in use were written in English
// ("Computer Lab"), so the old string became the English room name.
import { atField, eachObject, stringToLocalised, type Migration } from '../../store/migrations';

export const hiveWorkshops2RoomsPerLanguage: Migration = {
  to: 2,
  name: 'workshop room names per language',
  up: (data) => atField(data, 'workshops', (workshops) => eachObject(workshops, (workshop) => ({ ...workshop, room: stringToLocalised('en')(workshop.room) }))),
};
