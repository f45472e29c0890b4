import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../shared/languages';
import { resources } from '../../shared/locales/resources';

// Every refusal the backend can send must reach the patron as a translated sentence.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const codes = new Set<string>();
for (const file of sources(path.join(import.meta.dirname, '..'))) {
  for (const match of readFileSync(file, 'utf8').matchAll(/KioskFailure\(\s*'([a-z][\w.-]*)'/g)) codes.add(match[1] ?? '');
}
for (const file of [path.join(import.meta.dirname, 'dispatch.ts'), path.join(import.meta.dirname, '..', 'hosts', 'browser-host.ts')]) {
  for (const match of readFileSync(file, 'utf8').matchAll(/code: '([a-z][\w.-]*)'/g)) codes.add(match[1] ?? '');
}

function lookup(tree: unknown, keyPath: string): unknown {
  return keyPath.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** Same rule as the renderer's ErrorText: `area.what` lives at `area.errors.what`. */
const keyOf = (code: string): string[] => {
  const dot = code.indexOf('.');
  const base = dot > 0 ? [code.slice(0, dot), 'errors', code.slice(dot + 1)] : ['errors', code];
  return base;
};

describe('error codes', () => {
  it('finds the codes in the source', () => {
    expect(codes.size).toBeGreaterThan(10);
  });
  it.each(languageCodes)('are all translated in %s', (language) => {
    const tree = resources[language].translation;
    const missing = [...codes].filter((code) => {
      const [first, ...rest] = keyOf(code);
      const parent = lookup(tree, [first, ...rest.slice(0, -1)].join('.'));
      const leaf = rest.at(-1) ?? '';
      if (!parent || typeof parent !== 'object') return true;
      return !(leaf in parent) && !(`${leaf}_other` in parent);
    });
    expect(missing).toEqual([]);
  });
});
