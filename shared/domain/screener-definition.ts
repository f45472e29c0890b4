// The nurse screener as a versioned definition: its questions, the answers in each language, and how the
// answers are scored. The shipped default (nurse-screener.ts) and a health department's approved wording,
// imported by an admin as a JSON file, have this one shape; each check-in keeps the key of the version it was
// answered in, so old results are scored and shown by the wording the patron saw.
import { z } from 'zod';
import { type LocalisedText } from '../localised-text';
import { localisedTextSchema } from '../localised-text-schema';

/** The need areas a screener flags; the nurse console, the stats and the referral categories name them. */
export const screenerAreas = ['housing', 'food', 'transportation', 'utilities', 'safety'] as const;
export type ScreenerArea = (typeof screenerAreas)[number];

const idPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;
const idOf = (max: number) => z.string().max(max).regex(idPattern, 'id');

const optionSchema = z.strictObject({
  value: idOf(40),
  label: localisedTextSchema(300, { required: true }),
  /** Points this answer adds to a `sum` rule (the safety items: never 1 … frequently 5). */
  score: z.int().min(0).max(100).optional(),
  /** On a several-answer question: choosing it clears the others ("None of these"). */
  exclusive: z.boolean().optional(),
});

const questionSchema = z.strictObject({
  id: idOf(40),
  area: z.enum(screenerAreas),
  /** Several answers may be chosen. */
  multiple: z.boolean().optional(),
  text: localisedTextSchema(600, { required: true }),
  options: z.array(optionSchema).min(2).max(12),
});

const anyRule = z.strictObject({
  area: z.enum(screenerAreas),
  /** Positive when any of these questions has any of its listed answers (food: often or sometimes true on either item). */
  rule: z.literal('any'),
  when: z.array(z.strictObject({ question: idOf(40), answers: z.array(idOf(40)).min(1).max(12) })).min(1).max(30),
});
const sumRule = z.strictObject({
  area: z.enum(screenerAreas),
  /** Positive when the answered items' scores add up to `atLeast` or more (interpersonal safety: 11 or more). */
  rule: z.literal('sum'),
  questions: z.array(idOf(40)).min(1).max(30),
  atLeast: z.int().min(1).max(1000),
});

export const screenerDefinitionSchema = z
  .strictObject({
    /** Which instrument ("plain-language", "ahc-hrsn-core"); with `version`, the key a check-in keeps. */
    id: idOf(60),
    version: z.int().min(1).max(100_000),
    title: localisedTextSchema(200, { required: true }),
    /** Who approved this wording, for staff ("County health department, March 2026"). */
    approvedBy: z.string().trim().max(200).optional(),
    questions: z.array(questionSchema).min(1).max(30),
    scoring: z.array(z.discriminatedUnion('rule', [anyRule, sumRule])).min(1).max(20),
  })
  .superRefine((def, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const questions = new Map(def.questions.map((q) => [q.id, q]));
    def.questions.forEach((q, qi) => {
      if (def.questions.findIndex((other) => other.id === q.id) !== qi) issue(['questions', qi, 'id'], 'duplicate');
      q.options.forEach((o, oi) => {
        if (q.options.findIndex((other) => other.value === o.value) !== oi) issue(['questions', qi, 'options', oi, 'value'], 'duplicate');
        if (o.exclusive && !q.multiple) issue(['questions', qi, 'options', oi, 'exclusive'], 'exclusive-single');
      });
    });
    def.scoring.forEach((rule, ri) => {
      if (rule.rule === 'any') {
        rule.when.forEach((w, wi) => {
          const q = questions.get(w.question);
          if (!q) return issue(['scoring', ri, 'when', wi, 'question'], 'unknown-question');
          w.answers.forEach((a, ai) => {
            if (!q.options.some((o) => o.value === a)) issue(['scoring', ri, 'when', wi, 'answers', ai], 'unknown-answer');
          });
        });
      } else {
        rule.questions.forEach((id, qi) => {
          const q = questions.get(id);
          if (!q) return issue(['scoring', ri, 'questions', qi], 'unknown-question');
          if (q.multiple || q.options.some((o) => o.score === undefined)) issue(['scoring', ri, 'questions', qi], 'no-score');
        });
      }
    });
  });
export type ScreenerDefinition = z.infer<typeof screenerDefinitionSchema>;
export type ScreenerQuestion = ScreenerDefinition['questions'][number];

/** The key a check-in keeps: `plain-language@1`. */
export const screenerKey = (def: Pick<ScreenerDefinition, 'id' | 'version'>): string => `${def.id}@${def.version}`;
export const screenerKeySchema = z.string().max(80).regex(/^[A-Za-z][A-Za-z0-9_-]*@\d+$/);

/** A patron's answers: one value, or a list for a several-answer question; a skipped question is absent. */
export const screenerAnswersSchema = z
  .record(idOf(40), z.union([idOf(40), z.array(idOf(40)).min(1).max(12)]))
  .refine((answers) => Object.keys(answers).length <= 30, 'too-many');
export type ScreenerAnswers = z.infer<typeof screenerAnswersSchema>;

/** The answers as a list per question (empty when skipped). */
export const answerList = (answers: ScreenerAnswers, id: string): string[] => {
  const value = answers[id];
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value];
};

/** Why `answers` do not fit `def` (a question it has not, an answer not among its options, several for one), or null. */
export function answersProblem(def: ScreenerDefinition, answers: ScreenerAnswers): string | null {
  for (const [id, value] of Object.entries(answers)) {
    const q = def.questions.find((question) => question.id === id);
    if (!q) return `unknown question ${id}`;
    if (Array.isArray(value) !== Boolean(q.multiple)) return `${id}: ${q.multiple ? 'a list' : 'one answer'} expected`;
    const list = answerList(answers, id);
    if (new Set(list).size !== list.length) return `${id}: an answer twice`;
    for (const a of list) if (!q.options.some((o) => o.value === a)) return `${id}: no answer ${a}`;
    if (list.length > 1 && list.some((a) => q.options.find((o) => o.value === a)?.exclusive)) return `${id}: ${list.join(', ')} exclude each other`;
  }
  return null;
}

export type ScreenerResult = {
  flagged: ScreenerArea[];
  /** The sum of each `sum` rule's answered items, by area; absent when none of its items was answered. */
  totals: Partial<Record<ScreenerArea, number>>;
  answered: number;
};

/**
 * Scores answers by the definition's own rules, so an approved version scores without code changes. Skipped
 * items add nothing: a partly answered sum can only under-count (the nurse sees the total and the skipped items).
 * The result goes to the nurse only; patron screens never show it.
 */
export function scoreAnswers(def: ScreenerDefinition, answers: ScreenerAnswers): ScreenerResult {
  const flagged = new Set<ScreenerArea>();
  const totals: Partial<Record<ScreenerArea, number>> = {};
  const question = (id: string) => def.questions.find((q) => q.id === id);
  for (const rule of def.scoring) {
    if (rule.rule === 'any') {
      if (rule.when.some((w) => answerList(answers, w.question).some((a) => w.answers.includes(a)))) flagged.add(rule.area);
      continue;
    }
    const scores = rule.questions.flatMap((id) => answerList(answers, id).map((a) => question(id)?.options.find((o) => o.value === a)?.score ?? 0));
    if (scores.length === 0) continue;
    const total = scores.reduce((a, b) => a + b, 0);
    totals[rule.area] = (totals[rule.area] ?? 0) + total;
    if (total >= rule.atLeast) flagged.add(rule.area);
  }
  const answered = def.questions.filter((q) => answers[q.id] !== undefined).length;
  return { flagged: screenerAreas.filter((a) => flagged.has(a)), totals, answered };
}

/** The languages every text of the definition has (the patron's language falls back to English where one lacks it). */
export function languagesOf(def: ScreenerDefinition): string[] {
  const texts: LocalisedText[] = [def.title, ...def.questions.flatMap((q) => [q.text, ...q.options.map((o) => o.label)])];
  const codes = new Set(texts.flatMap((text) => Object.keys(text)));
  return [...codes].filter((code) => texts.every((text) => (text[code as keyof LocalisedText] ?? '').trim() !== ''));
}
