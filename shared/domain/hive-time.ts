// Hive's wall-clock math is the shared zone module; these names stay importable from here.
export {
  addDays,
  isLocalTime,
  isTimeZone as isValidTimeZone,
  localDateOf,
  localTimeOf,
  minutesOf,
  offsetMs,
  startOfLocalDay,
  timeOfMinutes,
  wallParts,
  weekdayOf,
  zonedInstant,
  type LocalDate,
  type LocalTime,
  type WallParts,
} from './zoned-time';
