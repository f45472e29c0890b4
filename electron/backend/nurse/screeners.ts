// Screener versions: the shipped plain-language one and the approved definitions an admin imported, kept for
// good (a check-in names the version it was answered in, so its answers stay readable and scorable), and which
// one patrons answer now.
import { findNodeAtLocation, parse, parseTree, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import type { ScreenerSummary } from '../../../shared/contract/nurse';
import { PLAIN_LANGUAGE_KEY, plainLanguageScreener } from '../../../shared/domain/nurse-screener';
import { languagesOf, screenerDefinitionSchema, screenerKey, type ScreenerDefinition } from '../../../shared/domain/screener-definition';
import { KioskFailure } from '../../../shared/result';
import type { Store } from '../store/store';

const importedSchema = z.object({ definition: screenerDefinitionSchema, importedAt: z.string() });
const screenersDocSchema = z.object({ active: z.string(), imported: z.array(importedSchema) });

/** The value at a path of the parsed file (undefined where the file has none). */
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/** A zod issue as the admin reads it: which problem (a translated message each), at which field. */
function problemOf(issue: z.core.$ZodIssue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined ? 'missing' : 'wrong-type';
    case 'too_big':
      return 'too-long';
    case 'too_small':
      return 'too-short';
    case 'invalid_value':
    case 'invalid_union':
      return 'not-allowed';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'custom':
      return ['duplicate', 'exclusive-single', 'unknown-question', 'unknown-answer', 'no-score', 'required'].includes(issue.message) ? issue.message : 'invalid';
    default:
      return 'invalid';
  }
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
/** `questions[3].options[1].label.ar`, as the file's author would look for it. */
const fieldName = (path: readonly PropertyKey[]): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || '(the whole file)';

/**
 * Reads an approved definition from the text of a JSON file; refuses it whole, with the line and the field of
 * the first problem (`nurse.screener-<problem>`), when it is not JSON or not a valid definition.
 */
export function readScreenerFile(text: string): ScreenerDefinition {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const syntax = errors[0];
  if (syntax) throw new KioskFailure('nurse.screener-json', 'The file is not valid JSON', { line: lineAt(text, syntax.offset) });
  const parsed = screenerDefinitionSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // The deepest part of the path the file has: a missing field is reported at the object that lacks it.
  const root = parseTree(text);
  let path: PropertyKey[] = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path = [...path, issue.keys[0]];
  let node = root ? findNodeAtLocation(root, path as (string | number)[]) : undefined;
  for (let cut = path.length - 1; !node && root && cut >= 0; cut -= 1) node = findNodeAtLocation(root, path.slice(0, cut) as (string | number)[]);
  const line = node ? lineAt(text, node.offset) : 1;
  const problem = problemOf(issue, data);
  throw new KioskFailure(`nurse.screener-${problem}`, `Line ${line}, ${fieldName(path)}: ${issue.message}`, { line, field: fieldName(path) });
}

export type Screeners = {
  active(): ScreenerDefinition;
  /** The definition of a version the kiosk knows, or undefined. */
  byKey(key: string): ScreenerDefinition | undefined;
  list(): { active: string; versions: ScreenerSummary[] };
  import(text: string, now: Date): Promise<ScreenerSummary>;
  use(key: string): Promise<ScreenerSummary>;
};

export async function openScreeners(store: Store): Promise<Screeners> {
  const doc = await store.doc({ name: 'nurse-screeners', schema: screenersDocSchema, version: 1, defaults: () => ({ active: PLAIN_LANGUAGE_KEY, imported: [] }) });
  const all = (): { definition: ScreenerDefinition; importedAt: string | null }[] => [{ definition: plainLanguageScreener, importedAt: null }, ...doc.get().imported];
  const byKey = (key: string) => all().find((v) => screenerKey(v.definition) === key)?.definition;
  const summary = (definition: ScreenerDefinition, importedAt: string | null): ScreenerSummary => ({
    key: screenerKey(definition),
    title: definition.title,
    approvedBy: definition.approvedBy ?? null,
    questions: definition.questions.length,
    languages: languagesOf(definition),
    builtIn: importedAt === null,
    importedAt,
    active: screenerKey(definition) === doc.get().active,
  });
  const summaryOf = (key: string) => {
    const found = all().find((v) => screenerKey(v.definition) === key);
    if (!found) throw new KioskFailure('nurse.screener-unknown-version', `No screener version ${key}`, { key });
    return summary(found.definition, found.importedAt);
  };
  return {
    // An active key the kiosk does not know (a hand-edited file) falls back to the shipped wording.
    active: () => byKey(doc.get().active) ?? plainLanguageScreener,
    byKey,
    list: () => ({ active: doc.get().active, versions: all().map((v) => summary(v.definition, v.importedAt)) }),
    async import(text, now) {
      const definition = readScreenerFile(text);
      const key = screenerKey(definition);
      const known = byKey(key);
      // A version's wording never changes once check-ins may name it: a changed file needs a new version number.
      if (known && JSON.stringify(known) !== JSON.stringify(definition)) throw new KioskFailure('nurse.screener-version-taken', `Version ${key} exists with other wording`, { key });
      await doc.update((draft) => {
        if (!known) draft.imported.push({ definition, importedAt: now.toISOString() });
        draft.active = key;
      });
      return summaryOf(key);
    },
    async use(key) {
      summaryOf(key);
      await doc.update((draft) => {
        draft.active = key;
      });
      return summaryOf(key);
    },
  };
}
