// Numbered migrations of a stored collection. Version 1 is a collection's first shape; migration N
// takes data written at version N-1 to version N. Each step is a file next to its area,
// `<area>/migrations/<collection>-<N>-<what>.ts`; the collection lists its steps with `migrationsOf`.
// The store runs them on read and writes the result back at once, so each file is migrated once. Every
// step has a test on a real file written by the version before (electron/backend/test-fixtures/).

export type Migration = {
  /** The version this step produces: 2 for the first change. */
  to: number;
  /** What changed, for readers and errors. */
  name: string;
  up(data: unknown): unknown;
};

/** The store's `version` and `migrate` for a collection with these steps (none: version 1). */
export function migrationsOf(steps: readonly Migration[]): { version: number; migrate: (fromVersion: number, data: unknown) => unknown } {
  steps.forEach((step, i) => {
    if (step.to !== i + 2) throw new Error(`Migration "${step.name}" is numbered ${step.to}; expected ${i + 2}`);
  });
  return {
    version: steps.length + 1,
    migrate: (fromVersion, data) => steps.filter((step) => step.to > fromVersion).reduce((current, step) => step.up(current), data),
  };
}

// ---- Small tools for the steps themselves: stored data is untyped until the schema checks it ----

export type Json = { [key: string]: unknown };
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `fn` to each object of an array (a records file, or an array inside a doc); anything else passes unchanged. */
export const eachObject = (value: unknown, fn: (item: Json) => Json): unknown => (Array.isArray(value) ? value.map((item) => (isObject(item) ? fn(item) : item)) : value);

/** Applies `fn` to one field of an object when it is one; anything else passes unchanged (the schema reports it). */
export const atField = (value: unknown, field: string, fn: (inner: unknown) => unknown): unknown => (isObject(value) ? { ...value, [field]: fn(value[field]) } : value);

/** A plain string that became text per language, `{ [language]: text }` (blank: no language). */
export const stringToLocalised = (language: string) => (value: unknown): unknown =>
  typeof value === 'string' ? (value.trim() === '' ? {} : { [language]: value }) : value;
