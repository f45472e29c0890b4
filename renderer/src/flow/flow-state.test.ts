import { describe, expect, it } from 'vitest';
import { progressOf, reduceFlow, startFlow, type FlowRules } from './flow-state';

type Data = { count: number };
const rules: FlowRules<Data, 'add' | 'same' | 'load'> = {
  steps: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'done', counted: false } as { id: string }],
  initial: () => ({ count: 0 }),
  reduce: (data, action) => (action === 'same' ? data : { count: data.count + 1 }),
  entered: (action) => action !== 'load',
};

describe('flow state', () => {
  it('starts on the first step with nothing entered', () => {
    expect(startFlow(rules)).toEqual({ step: 'a', history: [], data: { count: 0 }, changed: false });
  });

  it('goes forward, and Back returns along the way it came', () => {
    let s = startFlow(rules);
    s = reduceFlow(rules, s, { type: 'go', step: 'b' });
    s = reduceFlow(rules, s, { type: 'go', step: 'c' });
    expect(s.history).toEqual(['a', 'b']);
    s = reduceFlow(rules, s, { type: 'back' });
    expect(s.step).toBe('b');
    s = reduceFlow(rules, s, { type: 'back' });
    s = reduceFlow(rules, s, { type: 'back' });
    expect(s.step).toBe('a');
  });

  it('rewinds when going to a step already passed (Edit on a review)', () => {
    let s = startFlow(rules);
    for (const step of ['b', 'c']) s = reduceFlow(rules, s, { type: 'go', step });
    s = reduceFlow(rules, s, { type: 'go', step: 'a' });
    expect(s).toMatchObject({ step: 'a', history: [] });
  });

  it('ignores unknown steps', () => {
    const s = startFlow(rules);
    expect(reduceFlow(rules, s, { type: 'go', step: 'nowhere' })).toBe(s);
  });

  it('marks the flow changed only when the reducer changes the data, and settles after the last word', () => {
    let s = startFlow(rules);
    s = reduceFlow(rules, s, { type: 'data', action: 'same' });
    expect(s.changed).toBe(false);
    s = reduceFlow(rules, s, { type: 'data', action: 'load' });
    expect(s).toMatchObject({ changed: false, data: { count: 1 } });
    s = reduceFlow(rules, s, { type: 'data', action: 'add' });
    expect(s).toMatchObject({ changed: true, data: { count: 2 } });
    expect(reduceFlow(rules, s, { type: 'settled' }).changed).toBe(false);
  });

  it('counts only counted steps', () => {
    expect(progressOf(rules.steps, 'b')).toEqual({ n: 2, total: 3 });
    expect(progressOf(rules.steps, 'done')).toBeNull();
  });
});
