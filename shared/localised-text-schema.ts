// The zod schemas of translatable text (see localised-text.ts), apart from its helpers: the renderer uses the
// helpers on every screen and needs no zod for them.
import { z } from 'zod';
import { languageCodes } from './languages';

export const languageSchema = z.enum(languageCodes);

const hasSome = (text: Partial<Record<string, unknown>>): boolean =>
  Object.values(text).some((value) => (typeof value === 'string' ? value.trim() !== '' : value !== undefined));

/**
 * Text in any shipped language, each at most `max` characters. `required`: some language must have text
 * (the field error is `required` on the whole map).
 */
export function localisedTextSchema(max: number, options: { required?: boolean } = {}) {
  const schema = z.partialRecord(languageSchema, z.string().trim().max(max));
  return options.required ? schema.refine(hasSome, { message: 'required' }) : schema;
}

/** A map keyed by language of any value (a directory entry's text block); `required`: at least one language. */
export function localisedSchema<T extends z.ZodType>(value: T, options: { required?: boolean } = {}) {
  const schema = z.partialRecord(languageSchema, value);
  return options.required ? schema.refine(hasSome, { message: 'required' }) : schema;
}
