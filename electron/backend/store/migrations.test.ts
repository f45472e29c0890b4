import { describe, expect, it } from 'vitest';
import { atField, eachObject, migrationsOf, stringToLocalised } from './migrations';

describe('numbered migrations', () => {
  const steps = [
    { to: 2, name: 'add b', up: (d: unknown) => atField(d, 'b', () => 'b') },
    { to: 3, name: 'add c', up: (d: unknown) => atField(d, 'c', () => 'c') },
  ];

  it('runs the steps after the version a file was written at, in order', () => {
    const { version, migrate } = migrationsOf(steps);
    expect(version).toBe(3);
    expect(migrate(1, { a: 1 })).toEqual({ a: 1, b: 'b', c: 'c' });
    expect(migrate(2, { a: 1 })).toEqual({ a: 1, c: 'c' });
    expect(migrationsOf([]).version).toBe(1);
  });

  it('refuses steps that are not numbered 2, 3, ... in order', () => {
    expect(() => migrationsOf([{ to: 3, name: 'skips 2', up: (d) => d }])).toThrow(/numbered 3; expected 2/);
  });

  it('leaves what is not the expected shape for the schema to report', () => {
    expect(eachObject('x', (o) => o)).toBe('x');
    expect(eachObject([1, { a: 1 }], (o) => ({ ...o, b: 2 }))).toEqual([1, { a: 1, b: 2 }]);
    expect(atField(null, 'a', () => 1)).toBe(null);
    expect(stringToLocalised('en')('3 lb bag')).toEqual({ en: '3 lb bag' });
    expect(stringToLocalised('en')('')).toEqual({});
    expect(stringToLocalised('en')({ en: 'kept' })).toEqual({ en: 'kept' });
  });
});
