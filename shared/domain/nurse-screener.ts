// The ten core questions of the CMS Accountable Health Communities (AHC) Health-Related Social
// Needs screening tool, as data: the wording lives in the locale files (nurse.screener.*).
import { z } from 'zod';

export const screenerAreas = ['housing', 'food', 'transportation', 'utilities', 'safety'] as const;
export type ScreenerArea = (typeof screenerAreas)[number];

const often = ['often', 'sometimes', 'never'] as const;
/** The safety items' answer scale, scored 1 (never) to 5 (frequently). */
export const frequency = ['never', 'rarely', 'sometimes', 'fairlyOften', 'frequently'] as const;
const homeProblems = ['pests', 'mold', 'lead', 'heat', 'stove', 'smokeDetectors', 'leaks', 'none'] as const;

export const screenerQuestions = [
  { id: 'livingSituation', area: 'housing', multiple: false, options: ['steady', 'worried', 'notSteady'] },
  { id: 'homeProblems', area: 'housing', multiple: true, options: homeProblems },
  { id: 'foodWorry', area: 'food', multiple: false, options: often },
  { id: 'foodRanOut', area: 'food', multiple: false, options: often },
  { id: 'transport', area: 'transportation', multiple: false, options: ['yes', 'no'] },
  { id: 'utilities', area: 'utilities', multiple: false, options: ['yes', 'no', 'alreadyShutOff'] },
  { id: 'hurt', area: 'safety', multiple: false, options: frequency },
  { id: 'insult', area: 'safety', multiple: false, options: frequency },
  { id: 'threaten', area: 'safety', multiple: false, options: frequency },
  { id: 'scream', area: 'safety', multiple: false, options: frequency },
] as const;
export type ScreenerQuestion = (typeof screenerQuestions)[number];
export type ScreenerQuestionId = ScreenerQuestion['id'];

/** Every question is optional: a skipped question is simply absent. */
export const screenerAnswersSchema = z.object({
  livingSituation: z.enum(['steady', 'worried', 'notSteady']).optional(),
  homeProblems: z.array(z.enum(homeProblems)).min(1).max(homeProblems.length).optional(),
  foodWorry: z.enum(often).optional(),
  foodRanOut: z.enum(often).optional(),
  transport: z.enum(['yes', 'no']).optional(),
  utilities: z.enum(['yes', 'no', 'alreadyShutOff']).optional(),
  hurt: z.enum(frequency).optional(),
  insult: z.enum(frequency).optional(),
  threaten: z.enum(frequency).optional(),
  scream: z.enum(frequency).optional(),
});
export type ScreenerAnswers = z.infer<typeof screenerAnswersSchema>;

const safetyItems = ['hurt', 'insult', 'threaten', 'scream'] as const;
export const SAFETY_THRESHOLD = 11;

export type ScreenerResult = {
  flagged: ScreenerArea[];
  /** Sum of the answered safety items (1–5 each), or null when none was answered. */
  safetyTotal: number | null;
  answered: number;
};

/**
 * Scoring per the AHC HRSN screening tool guide:
 * - housing: "worried about losing it" or "no steady place", or any home problem other than "none";
 * - food: "often" or "sometimes" true on either item;
 * - transportation: yes; utilities: yes or already shut off;
 * - interpersonal safety: the four items (physically hurt, insult/talk down, threaten, scream/curse)
 *   score never=1, rarely=2, sometimes=3, fairly often=4, frequently=5; a total of 11 or more flags
 *   the patron as possibly unsafe. Skipped items add nothing, so a partly answered set can only
 *   under-count: the nurse sees the total and which items were skipped.
 * The result goes to the nurse only; patron screens never show it.
 */
export function scoreScreener(answers: ScreenerAnswers): ScreenerResult {
  const flagged: ScreenerArea[] = [];
  const sometimesOrOften = (a: (typeof often)[number] | undefined) => a === 'often' || a === 'sometimes';
  if (answers.livingSituation === 'worried' || answers.livingSituation === 'notSteady' || (answers.homeProblems ?? []).some((p) => p !== 'none')) {
    flagged.push('housing');
  }
  if (sometimesOrOften(answers.foodWorry) || sometimesOrOften(answers.foodRanOut)) flagged.push('food');
  if (answers.transport === 'yes') flagged.push('transportation');
  if (answers.utilities === 'yes' || answers.utilities === 'alreadyShutOff') flagged.push('utilities');
  const scores = safetyItems.flatMap((item) => {
    const answer = answers[item];
    return answer ? [frequency.indexOf(answer) + 1] : [];
  });
  const safetyTotal = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) : null;
  if (safetyTotal !== null && safetyTotal >= SAFETY_THRESHOLD) flagged.push('safety');
  const answered = screenerQuestions.filter((q) => answers[q.id] !== undefined).length;
  return { flagged, safetyTotal, answered };
}
