import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../../shared/contract/operations';
import { languageCodes } from '../../shared/languages';
import { resources } from '../../shared/locales/resources';
import { TEST_PAGE_KIND } from './printing/templates/test-page';

// Staff read the print queue and the audit log in their language: every document kind and every logged action has a name.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}
const code = sources(import.meta.dirname).map((file) => readFileSync(file, 'utf8'));
const kinds = new Set([TEST_PAGE_KIND, ...code.flatMap((text) => [...text.matchAll(/registerDocument\(\s*'([a-z][\w.-]*)'/g)].map((m) => m[1] ?? ''))]);
// Commands are logged under their operation name; recorded events under the name given to ctx.audit.
const actions = new Set([
  ...Object.entries(operations).filter(([, def]) => def.kind === 'command').map(([name]) => name),
  ...code.flatMap((text) => [...text.matchAll(/ctx\.audit\(\s*'([a-z][\w.-]*)'/g)].map((m) => m[1] ?? '')),
]);

const lookup = (tree: unknown, keyPath: string): unknown =>
  keyPath.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

describe('staff labels', () => {
  it('finds the document kinds and the actions in the source', () => {
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    expect(actions).toContain('nurse.viewVisit');
    expect(actions).toContain('hive.promoted');
  });
  it.each(languageCodes)('names every document kind and every audited action in %s', (language) => {
    const tree = resources[language].translation;
    expect([...kinds].filter((kind) => typeof lookup(tree, `print.kinds.${kind}`) !== 'string')).toEqual([]);
    expect([...actions].filter((action) => typeof lookup(tree, `audit.actions.${action}`) !== 'string')).toEqual([]);
  });
});
