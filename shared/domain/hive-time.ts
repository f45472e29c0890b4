// Hive's wall-clock math is the shared zone module (zoned-time.ts); the hive staff screens still import from here.
export { addDays, localDateOf } from './zoned-time';
