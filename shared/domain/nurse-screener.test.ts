import { describe, expect, it } from 'vitest';
import { scoreScreener, screenerAnswersSchema, screenerQuestions } from './nurse-screener';

describe('AHC social needs screener scoring', () => {
  it('has the ten core questions: housing 2, food 2, transportation 1, utilities 1, safety 4', () => {
    const byArea = screenerQuestions.reduce<Record<string, number>>((acc, q) => ({ ...acc, [q.area]: (acc[q.area] ?? 0) + 1 }), {});
    expect(byArea).toEqual({ housing: 2, food: 2, transportation: 1, utilities: 1, safety: 4 });
  });

  it('flags nothing when everything is skipped', () => {
    expect(scoreScreener({})).toEqual({ flagged: [], safetyTotal: null, answered: 0 });
  });

  it('flags safety at a total of 11 and not at 10 (never=1 … frequently=5)', () => {
    // 1 + 2 + 3 + 4 = 10
    const ten = scoreScreener({ hurt: 'never', insult: 'rarely', threaten: 'sometimes', scream: 'fairlyOften' });
    expect(ten.safetyTotal).toBe(10);
    expect(ten.flagged).not.toContain('safety');
    // 1 + 2 + 3 + 5 = 11
    const eleven = scoreScreener({ hurt: 'never', insult: 'rarely', threaten: 'sometimes', scream: 'frequently' });
    expect(eleven.safetyTotal).toBe(11);
    expect(eleven.flagged).toEqual(['safety']);
  });

  it('adds only answered safety items; all "never" is 4', () => {
    expect(scoreScreener({ hurt: 'never', insult: 'never', threaten: 'never', scream: 'never' }).safetyTotal).toBe(4);
    const partial = scoreScreener({ hurt: 'frequently', threaten: 'frequently' });
    expect(partial.safetyTotal).toBe(10);
    expect(partial.flagged).toEqual([]);
    expect(scoreScreener({ hurt: 'frequently', insult: 'frequently', scream: 'rarely' }).flagged).toEqual(['safety']);
  });

  it('flags housing, food, transportation and utilities by the tool’s positive answers', () => {
    expect(scoreScreener({ livingSituation: 'steady', homeProblems: ['none'] }).flagged).toEqual([]);
    expect(scoreScreener({ livingSituation: 'worried' }).flagged).toEqual(['housing']);
    expect(scoreScreener({ livingSituation: 'steady', homeProblems: ['mold'] }).flagged).toEqual(['housing']);
    expect(scoreScreener({ foodWorry: 'never', foodRanOut: 'sometimes' }).flagged).toEqual(['food']);
    expect(scoreScreener({ foodWorry: 'never', foodRanOut: 'never' }).flagged).toEqual([]);
    expect(scoreScreener({ transport: 'yes', utilities: 'alreadyShutOff' }).flagged).toEqual(['transportation', 'utilities']);
    expect(scoreScreener({ transport: 'no', utilities: 'no' }).flagged).toEqual([]);
  });

  it('refuses answers that are not options of the question', () => {
    expect(screenerAnswersSchema.safeParse({ hurt: 'always' }).success).toBe(false);
    expect(screenerAnswersSchema.safeParse({ homeProblems: ['pests', 'rats'] }).success).toBe(false);
  });
});
