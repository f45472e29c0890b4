// Strings of the grocery area (screens and printed documents).
export const grocery = {};
