// hive-mentors.json, schema 1 → 2: room names were one string; the ones in use were written in English
// ("Hive Room A"), so the old string became the English room name.
import { atField, eachObject, stringToLocalised, type Migration } from '../../store/migrations';

export const hiveMentors2RoomsPerLanguage: Migration = {
  to: 2,
  name: 'mentor room names per language',
  up: (data) => atField(data, 'mentors', (mentors) => eachObject(mentors, (mentor) => ({ ...mentor, room: stringToLocalised('en')(mentor.room) }))),
};
