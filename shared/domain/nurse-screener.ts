// The shipped default screener: the ten core questions of the CMS Accountable Health Communities (AHC)
// Health-Related Social Needs screening tool, in plain language. Its structure and scoring are data here; its
// wording in each language comes from the locale files (nurse.screener.questions.*), so a translator adds a
// language in one place. A health department's approved wording is imported instead (screener-definition.ts).
import { languageCodes } from '../languages';
import { resources } from '../locales/resources';
import type { LocalisedText } from '../localised-text';
import { screenerKey, type ScreenerArea, type ScreenerDefinition } from './screener-definition';

export { screenerAreas, type ScreenerAnswers, type ScreenerArea } from './screener-definition';

const often = ['often', 'sometimes', 'never'] as const;
/** The safety items' answer scale, scored 1 (never) to 5 (frequently). */
const frequency = ['never', 'rarely', 'sometimes', 'fairlyOften', 'frequently'] as const;
const homeProblems = ['pests', 'mold', 'lead', 'heat', 'stove', 'smokeDetectors', 'leaks', 'none'] as const;

const structure: { id: string; area: ScreenerArea; multiple?: true; options: readonly string[]; scored?: true }[] = [
  { id: 'livingSituation', area: 'housing', options: ['steady', 'worried', 'notSteady'] },
  { id: 'homeProblems', area: 'housing', multiple: true, options: homeProblems },
  { id: 'foodWorry', area: 'food', options: often },
  { id: 'foodRanOut', area: 'food', options: often },
  { id: 'transport', area: 'transportation', options: ['yes', 'no'] },
  { id: 'utilities', area: 'utilities', options: ['yes', 'no', 'alreadyShutOff'] },
  { id: 'hurt', area: 'safety', options: frequency, scored: true },
  { id: 'insult', area: 'safety', options: frequency, scored: true },
  { id: 'threaten', area: 'safety', options: frequency, scored: true },
  { id: 'scream', area: 'safety', options: frequency, scored: true },
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** One question's text (`field` absent) or one answer's label, in one language, from its locale file. */
function wordIn(code: (typeof languageCodes)[number], id: string, option?: string): string {
  const questions: Record<string, unknown> = resources[code].translation.nurse.screener.questions;
  const q = questions[id];
  const text = option === undefined ? (isRecord(q) ? q.text : '') : isRecord(q) && isRecord(q.options) ? q.options[option] : '';
  return typeof text === 'string' ? text : '';
}
const everyLanguage = (pick: (code: (typeof languageCodes)[number]) => string): LocalisedText => Object.fromEntries(languageCodes.map((code) => [code, pick(code)]));

/**
 * Scoring per the AHC HRSN screening tool guide: housing positive for "worried about losing it", "no steady
 * place" or any home problem but "none"; food "often" or "sometimes" on either item; transportation yes;
 * utilities yes or already shut off; interpersonal safety by the sum of its four items (never 1 … frequently 5),
 * 11 or more.
 */
export const plainLanguageScreener: ScreenerDefinition = {
  id: 'plain-language',
  version: 1,
  title: Object.fromEntries(languageCodes.map((code) => [code, resources[code].translation.nurse.visit.screener])),
  questions: structure.map((q) => ({
    id: q.id,
    area: q.area,
    ...(q.multiple ? { multiple: true } : {}),
    text: everyLanguage((code) => wordIn(code, q.id)),
    options: q.options.map((value, i) => ({
      value,
      label: everyLanguage((code) => wordIn(code, q.id, value)),
      ...(q.scored ? { score: i + 1 } : {}),
      ...(value === 'none' ? { exclusive: true } : {}),
    })),
  })),
  scoring: [
    {
      area: 'housing',
      rule: 'any',
      when: [
        { question: 'livingSituation', answers: ['worried', 'notSteady'] },
        { question: 'homeProblems', answers: homeProblems.filter((p) => p !== 'none') },
      ],
    },
    { area: 'food', rule: 'any', when: ['foodWorry', 'foodRanOut'].map((question) => ({ question, answers: ['often', 'sometimes'] })) },
    { area: 'transportation', rule: 'any', when: [{ question: 'transport', answers: ['yes'] }] },
    { area: 'utilities', rule: 'any', when: [{ question: 'utilities', answers: ['yes', 'alreadyShutOff'] }] },
    { area: 'safety', rule: 'sum', questions: ['hurt', 'insult', 'threaten', 'scream'], atLeast: 11 },
  ],
};

/** The key check-ins from before definitions existed were answered in. */
export const PLAIN_LANGUAGE_KEY = screenerKey(plainLanguageScreener);
