// Numbered migrations of the hive collections (see store/migrations.ts).
import { atField, eachObject, stringToLocalised, type Migration } from '../store/migrations';

// Room names were one string; the ones in use were written in English ("Hive Room A").
const roomInEnglish = (item: Record<string, unknown>) => ({ ...item, room: stringToLocalised('en')(item.room) });

/** hive-mentors.json */
export const mentorMigrations: Migration[] = [
  { to: 2, name: 'mentor room names per language', up: (data) => atField(data, 'mentors', (mentors) => eachObject(mentors, roomInEnglish)) },
];

/** hive-workshops.json */
export const workshopMigrations: Migration[] = [
  { to: 2, name: 'workshop room names per language', up: (data) => atField(data, 'workshops', (workshops) => eachObject(workshops, roomInEnglish)) },
];
