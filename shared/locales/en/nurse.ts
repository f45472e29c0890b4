// Strings of the nurse area (screens and printed documents).
export const nurse = {};
