import { describe, expect, it } from 'vitest';
import { plainLanguageScreener } from '../../../../../shared/domain/nurse-screener';
import { answerOf, initialCheckIn, reduceCheckIn, toggleAnswer } from './check-in-state';

const homeProblems = plainLanguageScreener.questions[1]!;

describe('nurse check-in state', () => {
  it('keeps the screener answers in the schema shape: one value, or a list for the multi-choice question', () => {
    let d = reduceCheckIn(initialCheckIn(), { type: 'definition', definition: plainLanguageScreener });
    d = reduceCheckIn(d, { type: 'answer', values: ['worried'] });
    d = reduceCheckIn(d, { type: 'question', index: 1 });
    d = reduceCheckIn(d, { type: 'answer', values: ['mold', 'pests'] });
    expect(d.answers).toEqual({ livingSituation: 'worried', homeProblems: ['mold', 'pests'] });
    expect(answerOf(d)).toEqual(['mold', 'pests']);
    expect(answerOf({ ...d, question: 0 })).toEqual(['worried']);
    d = reduceCheckIn(d, { type: 'answer', values: [] });
    expect(d.answers).toEqual({ livingSituation: 'worried' });
  });

  it('"None of these" stands alone', () => {
    expect(toggleAnswer(homeProblems, ['mold'], 'none')).toEqual(['none']);
    expect(toggleAnswer(homeProblems, ['none'], 'mold')).toEqual(['mold']);
    expect(toggleAnswer(homeProblems, ['mold'], 'leaks')).toEqual(['mold', 'leaks']);
  });

  it('a new screener version starts the answers again; the same one keeps them', () => {
    let d = reduceCheckIn(initialCheckIn(), { type: 'definition', definition: plainLanguageScreener });
    d = reduceCheckIn(d, { type: 'answer', values: ['worried'] });
    expect(reduceCheckIn(d, { type: 'definition', definition: plainLanguageScreener }).answers).toEqual({ livingSituation: 'worried' });
    expect(reduceCheckIn(d, { type: 'definition', definition: { ...plainLanguageScreener, version: 2 } }).answers).toEqual({});
  });

  it('"rather not say" clears a typed name, and the ticket clears everything personal', () => {
    let d = reduceCheckIn(initialCheckIn(), { type: 'name', value: 'Marisol' });
    d = reduceCheckIn(d, { type: 'ratherNot' });
    expect(d.name).toBe('');
    d = reduceCheckIn(reduceCheckIn(d, { type: 'name', value: 'Ana' }), { type: 'reason', reason: 'food' });
    d = reduceCheckIn(d, { type: 'ticket', ticket: { number: 4, ahead: 1, waitMinutes: 15, printed: true, closesAt: null, visitSlip: 'r'.repeat(43) } });
    expect(d).toMatchObject({ name: '', reasons: [], answers: {}, ticket: { number: 4 } });
  });
});
