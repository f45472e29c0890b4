/**
 * A locale file has exactly the keys of the English one, every leaf a string, except that plural strings
 * have the forms of its own language: English's `_one` may be missing (Vietnamese has only `_other`), and
 * forms English lacks may be added (Spanish `_many`, Arabic `_zero _two _few _many`). The locale test checks
 * each language has exactly the CLDR plural categories of its language for every plural string.
 */
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many';
type One = `${string}_one`;

export type Translation<T> = {
  [K in keyof T as K extends One ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
  [K in keyof T as K extends One ? K : never]?: string;
} & {
  [plural: `${string}_${PluralForm}`]: string;
};
