// Strings of the print area (screens and printed documents).
export const print = {};
