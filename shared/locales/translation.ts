/**
 * A locale file has exactly the keys of the English one, every leaf a string. It may add
 * plural forms English lacks (Spanish has `_many` for 1 000 000 and up); the locale test
 * checks each language has every form Intl.PluralRules asks for.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & {
  [plural: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string;
};
