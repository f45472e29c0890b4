// The state machine every patron flow shares: which step is showing, how we got there (for Back), and the
// flow's own data, changed only through the flow's reducer. Pure: tested without a DOM.

export type FlowState<D> = {
  step: string;
  /** Steps shown before this one, oldest first: Back pops the last. */
  history: string[];
  data: D;
  /** The patron entered or chose something: leaving asks first. */
  changed: boolean;
};

export type FlowAction<A> = { type: 'go'; step: string } | { type: 'back' } | { type: 'data'; action: A } | { type: 'settled' };

export type FlowRules<D, A> = {
  steps: readonly { id: string }[];
  initial: () => D;
  reduce: (data: D, action: A) => D;
  /** Whether an action is something the patron entered or chose (loading a catalog is not); all are, unless said. */
  entered?: (action: A) => boolean;
};

export const startFlow = <D, A>(rules: FlowRules<D, A>): FlowState<D> => ({
  step: rules.steps[0]?.id ?? '',
  history: [],
  data: rules.initial(),
  changed: false,
});

export function reduceFlow<D, A>(rules: FlowRules<D, A>, state: FlowState<D>, action: FlowAction<A>): FlowState<D> {
  switch (action.type) {
    case 'go':
      if (action.step === state.step || !rules.steps.some((s) => s.id === action.step)) return state;
      // Going to a step already in the history (Edit on a review) rewinds to it, so Back stays meaningful.
      if (state.history.includes(action.step)) return { ...state, step: action.step, history: state.history.slice(0, state.history.indexOf(action.step)) };
      return { ...state, step: action.step, history: [...state.history, state.step] };
    case 'back': {
      const previous = state.history.at(-1);
      return previous === undefined ? state : { ...state, step: previous, history: state.history.slice(0, -1) };
    }
    case 'data': {
      const data = rules.reduce(state.data, action.action);
      if (data === state.data) return state;
      return { ...state, data, changed: state.changed || (rules.entered?.(action.action) ?? true) };
    }
    case 'settled':
      // After the flow's last word (order placed, ticket issued) there is nothing left to lose.
      return state.changed ? { ...state, changed: false } : state;
  }
}

/** "Step n of N" over the counted steps, or null on a step that is not counted (a confirmation). */
export function progressOf(steps: readonly { id: string; counted?: boolean }[], step: string): { n: number; total: number } | null {
  const counted = steps.filter((s) => s.counted !== false);
  const index = counted.findIndex((s) => s.id === step);
  return index < 0 ? null : { n: index + 1, total: counted.length };
}
