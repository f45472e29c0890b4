import { describe, expect, it } from 'vitest';
import { languageCodes } from '../languages';
import { plainLanguageScreener } from './nurse-screener';
import { answersProblem, languagesOf, scoreAnswers, screenerAnswersSchema, screenerDefinitionSchema, type ScreenerAnswers } from './screener-definition';

const score = (answers: ScreenerAnswers) => scoreAnswers(plainLanguageScreener, answers);

describe('the shipped plain-language screener (AHC HRSN core questions)', () => {
  it('is a valid definition with the ten core questions: housing 2, food 2, transportation 1, utilities 1, safety 4', () => {
    expect(screenerDefinitionSchema.safeParse(plainLanguageScreener).success).toBe(true);
    const byArea = plainLanguageScreener.questions.reduce<Record<string, number>>((acc, q) => ({ ...acc, [q.area]: (acc[q.area] ?? 0) + 1 }), {});
    expect(byArea).toEqual({ housing: 2, food: 2, transportation: 1, utilities: 1, safety: 4 });
  });

  it('has its wording in every shipped language, from the locale files', () => {
    expect(languagesOf(plainLanguageScreener).sort()).toEqual([...languageCodes].sort());
    expect(plainLanguageScreener.questions[0]?.text.en).toBe('What is your housing like today?');
  });

  it('flags nothing when everything is skipped', () => {
    expect(score({})).toEqual({ flagged: [], totals: {}, answered: 0 });
  });

  it('flags safety at a total of 11 and not at 10 (never=1 … frequently=5)', () => {
    const ten = score({ hurt: 'never', insult: 'rarely', threaten: 'sometimes', scream: 'fairlyOften' });
    expect(ten.totals.safety).toBe(10);
    expect(ten.flagged).not.toContain('safety');
    const eleven = score({ hurt: 'never', insult: 'rarely', threaten: 'sometimes', scream: 'frequently' });
    expect(eleven.totals.safety).toBe(11);
    expect(eleven.flagged).toEqual(['safety']);
  });

  it('adds only answered safety items; all "never" is 4', () => {
    expect(score({ hurt: 'never', insult: 'never', threaten: 'never', scream: 'never' }).totals.safety).toBe(4);
    const partial = score({ hurt: 'frequently', threaten: 'frequently' });
    expect(partial.totals.safety).toBe(10);
    expect(partial.flagged).toEqual([]);
    expect(score({ hurt: 'frequently', insult: 'frequently', scream: 'rarely' }).flagged).toEqual(['safety']);
  });

  it('flags housing, food, transportation and utilities by the tool’s positive answers', () => {
    expect(score({ livingSituation: 'steady', homeProblems: ['none'] }).flagged).toEqual([]);
    expect(score({ livingSituation: 'worried' }).flagged).toEqual(['housing']);
    expect(score({ livingSituation: 'steady', homeProblems: ['mold'] }).flagged).toEqual(['housing']);
    expect(score({ foodWorry: 'never', foodRanOut: 'sometimes' }).flagged).toEqual(['food']);
    expect(score({ foodWorry: 'never', foodRanOut: 'never' }).flagged).toEqual([]);
    expect(score({ transport: 'yes', utilities: 'alreadyShutOff' }).flagged).toEqual(['transportation', 'utilities']);
    expect(score({ transport: 'no', utilities: 'no' }).flagged).toEqual([]);
  });

  it('refuses answers that are not options of the question, several for a one-answer question, or "none" with others', () => {
    expect(answersProblem(plainLanguageScreener, { hurt: 'always' })).toMatch(/hurt/);
    expect(answersProblem(plainLanguageScreener, { homeProblems: ['pests', 'rats'] })).toMatch(/rats/);
    expect(answersProblem(plainLanguageScreener, { hurt: ['never'] })).toMatch(/one answer/);
    expect(answersProblem(plainLanguageScreener, { homeProblems: ['none', 'mold'] })).toMatch(/exclude/);
    expect(answersProblem(plainLanguageScreener, { income: 'low' })).toMatch(/unknown question/);
    expect(answersProblem(plainLanguageScreener, { homeProblems: ['pests', 'mold'], hurt: 'never' })).toBeNull();
    expect(screenerAnswersSchema.safeParse({ hurt: 'not an id!' }).success).toBe(false);
  });
});

describe('an approved definition', () => {
  // The validated instrument words the food items as statements answered often / sometimes / never true.
  const statements = {
    id: 'ahc-hrsn-core',
    version: 2,
    title: { en: 'AHC HRSN screening tool (core)' },
    questions: [
      { id: 'foodWorry', area: 'food', text: { en: 'Within the past 12 months, you worried that your food would run out before you got money to buy more.' }, options: ['oftenTrue', 'sometimesTrue', 'neverTrue'].map((value) => ({ value, label: { en: value } })) },
      { id: 'foodRanOut', area: 'food', text: { en: 'Within the past 12 months, the food you bought just didn’t last and you didn’t have money to get more.' }, options: ['oftenTrue', 'sometimesTrue', 'neverTrue'].map((value) => ({ value, label: { en: value } })) },
      ...['hurt', 'insult', 'threaten', 'scream'].map((id) => ({ id, area: 'safety', text: { en: id }, options: ['never', 'rarely', 'sometimes', 'fairlyOften', 'frequently'].map((value, i) => ({ value, label: { en: value }, score: i + 1 })) })),
    ],
    scoring: [
      { area: 'food', rule: 'any', when: ['foodWorry', 'foodRanOut'].map((question) => ({ question, answers: ['oftenTrue', 'sometimesTrue'] })) },
      { area: 'safety', rule: 'sum', questions: ['hurt', 'insult', 'threaten', 'scream'], atLeast: 11 },
    ],
  };

  it('scores by its own rules, without code changes', () => {
    const def = screenerDefinitionSchema.parse(statements);
    expect(scoreAnswers(def, { foodWorry: 'neverTrue', foodRanOut: 'sometimesTrue' }).flagged).toEqual(['food']);
    expect(scoreAnswers(def, { foodWorry: 'neverTrue', foodRanOut: 'neverTrue' }).flagged).toEqual([]);
    expect(scoreAnswers(def, { hurt: 'frequently', insult: 'frequently', threaten: 'never' }).totals).toEqual({ safety: 11 });
    expect(scoreAnswers(def, { hurt: 'frequently', insult: 'frequently', threaten: 'never' }).flagged).toEqual(['safety']);
  });

  it('is refused when its rules name questions or answers it has not, or sum items without scores', () => {
    const issues = (def: unknown) => screenerDefinitionSchema.safeParse(def).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`) ?? [];
    expect(issues({ ...statements, scoring: [{ area: 'food', rule: 'any', when: [{ question: 'foodWorry', answers: ['often'] }] }] })).toEqual(['scoring.0.when.0.answers.0 unknown-answer']);
    expect(issues({ ...statements, scoring: [{ area: 'food', rule: 'sum', questions: ['foodWorry'], atLeast: 2 }] })).toEqual(['scoring.0.questions.0 no-score']);
    expect(issues({ ...statements, scoring: [{ area: 'food', rule: 'sum', questions: ['income'], atLeast: 2 }] })).toEqual(['scoring.0.questions.0 unknown-question']);
    expect(issues({ ...statements, questions: [statements.questions[0], statements.questions[0]] })[0]).toBe('questions.1.id duplicate');
  });
});
