// Screener versions through the real dispatcher and store: an admin imports a health department's approved
// definition (a JSON file); patrons answer it; each check-in keeps its version, so answers given earlier are
// still scored and shown by the wording the patron saw; a bad file changes nothing and names its line and field.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../shared/locales/resources';
import { openBackend, type Backend } from '../backend';
import { aesGcmCodec, isEncryptedFile } from '../store/codec';
import { tempDirs, testClock } from '../store/test-support';
import { caller, demoCredentials, newKey, testBackends, textPrinting } from '../test-backend';

const here = path.dirname(fileURLToPath(import.meta.url));
const approvedFile = path.join(here, 'fixtures', 'ahc-hrsn-core-v1.json');
const backends = testBackends();
const dirs = tempDirs();
let opened: Backend | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
  await backends.cleanup();
  await dirs.cleanup();
});

type Call = (name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; params?: Record<string, string | number> } }>;
async function start() {
  const { backend } = await backends.start({ clock: testClock('2026-03-10T15:00:00Z'), printing: textPrinting, nurseAllWeek: true });
  const as = (clientId: string): Call => (name, input) => backend.dispatch(name, input, caller(clientId));
  for (const role of ['admin', 'nurse'] as const) expect((await as(role)('staff.signIn', demoCredentials(backend, role))).ok).toBe(true);
  return { backend, as };
}
const valueOf = <T>(result: Awaited<ReturnType<Call>>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};
const checkIn = (screener: Record<string, unknown> | null, screenerVersion?: string) => ({
  ...newKey(),
  name: null,
  reasons: ['food'],
  language: 'es',
  interpreter: false,
  accessNeeds: [],
  screener,
  ...(screenerVersion ? { screenerVersion } : {}),
});
type Visit = { ticket: { screenerVersion: string | null }; screener: { flagged: string[]; totals: Record<string, number>; definition: { id: string; questions: { id: string; text: { en: string } }[] } } | null };

/** The English message the staff screen shows for an error (the renderer's `nurse.errors.<what>`). */
const messageOf = (code: string, params: Record<string, string | number> = {}): string => {
  const errors: Record<string, string> = resources.en.translation.nurse.errors;
  const text = errors[code.replace(/^nurse\./, '')];
  if (!text) throw new Error(`no translation for ${code}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name]));
};

describe('screener versions', () => {
  it('patrons answer an imported approved definition; every check-in is scored by the version it was answered in', async () => {
    const { as } = await start();
    // Before the import: the shipped plain-language wording.
    expect(valueOf<{ id: string }>(await as('kiosk')('nurse.screener', {})).id).toBe('plain-language');
    expect((await as('kiosk')('nurse.checkIn', checkIn({ foodWorry: 'sometimes' }, 'plain-language@1'))).ok).toBe(true);

    const imported = valueOf<{ key: string; languages: string[]; active: boolean }>(await as('admin')('nurse.importScreener', { json: await fs.readFile(approvedFile, 'utf8') }));
    expect(imported).toMatchObject({ key: 'ahc-hrsn-core@1', active: true });
    expect(imported.languages.sort()).toEqual(['en', 'es']);
    const now = valueOf<{ id: string; questions: { options: { value: string }[] }[] }>(await as('kiosk')('nurse.screener', {}));
    expect(now.id).toBe('ahc-hrsn-core');
    // The food items are statements: often / sometimes / never true.
    expect(now.questions[1]?.options.map((o) => o.value)).toEqual(['oftenTrue', 'sometimesTrue', 'neverTrue']);

    // A patron of the new version: food positive on "sometimes true"; safety by the sum of its four items.
    expect((await as('kiosk')('nurse.checkIn', checkIn({ foodWorry: 'neverTrue', foodRanOut: 'sometimesTrue', hurt: 'frequently', insult: 'frequently', scream: 'never' }, 'ahc-hrsn-core@1'))).ok).toBe(true);
    // The plain-language answers do not fit the approved version, and the other way round: refused, nothing made.
    // (Another screen each: one screen may check in only a few times a minute.)
    expect((await as('kiosk-2')('nurse.checkIn', checkIn({ foodWorry: 'sometimes' }))).error?.code).toBe('nurse.screener-answer');
    expect((await as('kiosk-3')('nurse.checkIn', checkIn({ foodWorry: 'oftenTrue' }, 'plain-language@1'))).error?.code).toBe('nurse.screener-answer');
    expect((await as('kiosk-4')('nurse.checkIn', checkIn({ foodWorry: 'oftenTrue' }, 'ahc-hrsn-core@9'))).error?.code).toBe('nurse.screener-unknown-version');

    const queue = valueOf<{ tickets: { id: string; number: number; flagged: string[] }[] }>(await as('nurse')('nurse.queue', {}));
    expect(queue.tickets.map((t) => [t.number, t.flagged])).toEqual([
      [1, ['food']],
      [2, ['food', 'safety']],
    ]);
    const [first, second] = await Promise.all(queue.tickets.map(async (t) => valueOf<Visit>(await as('nurse')('nurse.visit', { ticketId: t.id }))));
    expect(first?.ticket.screenerVersion).toBe('plain-language@1');
    expect(first?.screener?.definition.questions[2]?.text.en).toBe(resources.en.translation.nurse.screener.questions.foodWorry.text);
    expect(second?.ticket.screenerVersion).toBe('ahc-hrsn-core@1');
    expect(second?.screener).toMatchObject({ flagged: ['food', 'safety'], totals: { safety: 11 }, definition: { id: 'ahc-hrsn-core' } });

    // Back to the shipped wording: patrons answer it again; the approved version stays known.
    expect(valueOf<{ active: boolean }>(await as('admin')('nurse.useScreener', { key: 'plain-language@1' })).active).toBe(true);
    expect(valueOf<{ id: string }>(await as('kiosk')('nurse.screener', {})).id).toBe('plain-language');
    expect(valueOf<{ versions: { key: string }[] }>(await as('nurse')('nurse.screeners', {})).versions.map((v) => v.key)).toEqual(['plain-language@1', 'ahc-hrsn-core@1']);
  });

  it('refuses a bad file whole, naming its line and field in a translated message; nothing changes', async () => {
    const { as } = await start();
    const good = await fs.readFile(approvedFile, 'utf8');
    const lines = good.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const cases: { file: string; code: string; line: number; field?: string }[] = [
      // Not JSON: a comma missing at the end of a line.
      { file: good.replace('"version": 1,', '"version": 1'), code: 'nurse.screener-json', line: lineOf('"title"') },
      // A question's text without any language.
      { file: good.replace(/"text": \{\n\s+"en": "What is your living situation today\?",\n\s+"es": "[^"]+"\n\s+\}/, '"text": {}'), code: 'nurse.screener-required', line: lineOf('"id": "livingSituation"') + 2, field: 'questions[0].text' },
      // A scoring rule naming an answer its question does not have ("often" is the plain-language wording).
      { file: good.replace(/("question": "foodRanOut",\n\s+"answers": \[\n\s+)"oftenTrue"/, '$1"often"'), code: 'nurse.screener-unknown-answer', line: lineOf('"oftenTrue"', lineOf('"question": "foodRanOut"')), field: 'scoring[1].when[1].answers[0]' },
      // The safety threshold as words.
      { file: good.replace('"atLeast": 11', '"atLeast": "eleven"'), code: 'nurse.screener-wrong-type', line: lineOf('"atLeast"'), field: 'scoring[4].atLeast' },
      // The safety threshold missing.
      { file: good.replace(/,\n\s+"atLeast": 11/, ''), code: 'nurse.screener-missing', line: lineOf('"area": "safety"', lineOf('"scoring"')) - 1, field: 'scoring[4].atLeast' },
      // A field the format does not have.
      { file: good.replace('"version": 1,', '"version": 1,\n  "scoreAll": true,'), code: 'nurse.screener-unknown-field', line: lineOf('"version": 1') + 1, field: 'scoreAll' },
    ];
    for (const c of cases) {
      const result = await as('admin')('nurse.importScreener', { json: c.file });
      expect(result.error?.code, c.code).toBe(c.code);
      expect(result.error?.params?.line, `${c.code} line`).toBe(c.line);
      if (c.field) expect(result.error?.params?.field).toBe(c.field);
      expect(messageOf(result.error?.code ?? '', result.error?.params)).toMatch(new RegExp(`^Line ${c.line}: .*Nothing was imported\\.$`));
      expect(valueOf<{ active: string; versions: unknown[] }>(await as('nurse')('nurse.screeners', {}))).toMatchObject({ active: 'plain-language@1', versions: [expect.anything()] });
    }
    // Only an admin imports or switches the version.
    expect((await as('nurse')('nurse.importScreener', { json: good })).ok).toBe(false);
    expect((await as('kiosk')('nurse.useScreener', { key: 'plain-language@1' })).ok).toBe(false);
    // A version's wording never changes once imported: the same file again is fine, changed wording is refused.
    expect((await as('admin')('nurse.importScreener', { json: good })).ok).toBe(true);
    expect((await as('admin')('nurse.importScreener', { json: good })).ok).toBe(true);
    const changed = await as('admin')('nurse.importScreener', { json: good.replace('What is your living situation today?', 'Where do you live?') });
    expect(changed.error).toMatchObject({ code: 'nurse.screener-version-taken', params: { key: 'ahc-hrsn-core@1' } });
    expect(valueOf<{ id: string; questions: { text: { en: string } }[] }>(await as('kiosk')('nurse.screener', {})).questions[0]?.text.en).toBe('What is your living situation today?');
  });
});

describe('nurse-checkins 2 → 3: the screener version on each check-in', () => {
  // Check-ins written at schema 2 by the release before screener versions (test-fixtures/nurse-checkins-v2, the
  // previous-release directory's key): two November tickets without a screener, one in December with answers.
  const fixtures = path.join(here, '..', 'test-fixtures');
  it('names the shipped plain-language version on answered check-ins and none on the others, and scores them as before', async () => {
    const root = await dirs.make();
    await fs.cp(path.join(fixtures, 'previous-release'), root, { recursive: true });
    await fs.rm(path.join(root, 'data', 'nurse-checkins'), { recursive: true });
    await fs.cp(path.join(fixtures, 'nurse-checkins-v2', 'nurse-checkins'), path.join(root, 'data', 'nurse-checkins'), { recursive: true });
    const key = Buffer.from((await fs.readFile(path.join(root, 'secret.key'), 'utf8')).trim(), 'hex');
    const read = async (file: string) => {
      const bytes = await fs.readFile(path.join(root, 'data', 'nurse-checkins', file));
      return JSON.parse(isEncryptedFile(bytes) ? aesGcmCodec(key).decode(bytes) : bytes.toString('utf8')) as { schemaVersion: number; data: { number: number; screenerVersion?: string | null }[] };
    };
    expect((await read('2026-12.json')).schemaVersion).toBe(2);
    opened = await openBackend({ dataDir: path.join(root, 'data'), secretCodec: aesGcmCodec(key), clock: testClock('2026-12-01T16:00:00Z'), printing: textPrinting });
    const december = await read('2026-12.json');
    const november = await read('2026-11.json');
    expect([december.schemaVersion, november.schemaVersion]).toEqual([3, 3]);
    expect(december.data.map((t) => t.screenerVersion)).toEqual(['plain-language@1']);
    expect(november.data.map((t) => t.screenerVersion)).toEqual([null, null]);
    const nurse = caller('nurse');
    // The previous release's nurse (a 4-digit PIN from before: changed at first sign-in).
    const noor = opened.platform.staff.list().find((m) => m.name === 'Noor')?.id;
    expect((await opened.dispatch('staff.signIn', { staffId: noor, pin: '3333' }, nurse)).ok).toBe(true);
    expect((await opened.dispatch('staff.changePin', { currentPin: '3333', pin: '357913' }, nurse)).ok).toBe(true);
    const queue = valueOf<{ tickets: { id: string; flagged: string[] }[] }>(await opened.dispatch('nurse.queue', {}, nurse));
    // worried; mold and leaks; food "sometimes"; safety 2 + 3 + 4 + 3 = 12.
    expect(queue.tickets.map((t) => t.flagged)).toEqual([['housing', 'food', 'safety']]);
    const visit = valueOf<Visit>(await opened.dispatch('nurse.visit', { ticketId: queue.tickets[0]?.id }, nurse));
    expect(visit.screener?.totals).toEqual({ safety: 12 });
  });
});
