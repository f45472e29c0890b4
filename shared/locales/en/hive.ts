// Strings of the hive area (screens and printed documents).
export const hive = {};
