import { createContext, useCallback, useContext, useMemo, useReducer, useRef, type ComponentType } from 'react';
import { useRequestKey } from '../app/request-key';
import { useShell, type VisitCarry } from '../app/shell-context';
import { useKeyboard } from '../components/keyboard-context';
import { progressOf, reduceFlow, startFlow, type FlowAction, type FlowRules, type FlowState } from './flow-state';

/** What a step component gets: the flow's data, its reducer, and the way around. */
export type Flow<D, A> = {
  id: string;
  step: string;
  data: D;
  dispatch(action: A): void;
  go(step: string): void;
  /** The previous step, or out of the flow from its first step. */
  back(): void;
  /** The flow said its last word (order placed, ticket issued): Home no longer asks. */
  settle(): void;
  /** Ends the patron's visit (or returns a librarian to the staff home). */
  finish(): void;
  /**
   * The flow's write with its idempotency key (useRequestKey): one key per submit intent for the whole flow, so a
   * retry of the same input (after a lost answer, also after going Back and forth) returns what the first try saved.
   */
  withKey<T extends object>(input: T): T & { idempotencyKey: string };
};

export type StepProps<D, A> = { flow: Flow<D, A> };

export type StepDef<D, A> = {
  id: string;
  /** Counted in "Step n of N"; confirmations are not. */
  counted?: boolean;
  component: ComponentType<StepProps<D, A>>;
};

/** A patron flow: a list of small steps sharing one layout (StepLayout) and one reducer. */
export type FlowDef<D, A> = Omit<FlowRules<D, A>, 'steps'> & {
  id: string;
  steps: readonly StepDef<D, A>[];
  /** Where Back on the first step goes (a route id); the home screen unless said. */
  exit?: string;
  /** What the patron's visit carries in from an earlier service (contact), shown pre-filled to confirm or change. */
  carry?: (data: D, visit: VisitCarry) => D;
};

/** What StepLayout needs to know about the flow around it. */
export type FlowFrame = {
  flowId: string;
  stepId: string;
  progress: { n: number; total: number } | null;
  changed: boolean;
  /** Back leaves the flow from here (its first step). */
  atStart: boolean;
  back(): void;
};

const FlowFrameContext = createContext<FlowFrame | null>(null);
export const useFlowFrame = (): FlowFrame | null => useContext(FlowFrameContext);

/** Runs a flow: one reducer for its state, the current step's component inside the shared frame. */
export function FlowView<D, A>({ def }: { def: FlowDef<D, A> }) {
  const shell = useShell();
  const keyboard = useKeyboard();
  const carried = shell.visit;
  const [state, send] = useReducer(
    (s: FlowState<D>, a: FlowAction<A>) => reduceFlow(def, s, a),
    def,
    (d): FlowState<D> => {
      const start = startFlow(d);
      return carried && d.carry ? { ...start, data: d.carry(start.data, carried) } : start;
    },
  );
  const withKey = useRequestKey();
  const hideKeyboard = useRef(keyboard.hide);
  hideKeyboard.current = keyboard.hide;
  const first = state.history.length === 0;
  const { navigate, resetVisit, assisting } = shell;
  // A new step has new fields: the keyboard of the last one goes before the next step mounts (which may open
  // it again for its first field).
  const back = useCallback(() => {
    hideKeyboard.current();
    if (first) navigate(def.exit ?? 'home');
    else send({ type: 'back' });
  }, [first, navigate, def.exit]);
  const flow = useMemo<Flow<D, A>>(
    () => ({
      id: def.id,
      step: state.step,
      data: state.data,
      dispatch: (action) => send({ type: 'data', action }),
      go: (step) => {
        hideKeyboard.current();
        send({ type: 'go', step });
      },
      back,
      settle: () => send({ type: 'settled' }),
      finish: () => (assisting ? navigate('staff.home') : resetVisit()),
      withKey,
    }),
    [def.id, state.step, state.data, back, assisting, navigate, resetVisit, withKey],
  );
  const frame = useMemo<FlowFrame>(
    () => ({ flowId: def.id, stepId: state.step, progress: progressOf(def.steps, state.step), changed: state.changed, atStart: first, back }),
    [def.id, def.steps, state.step, state.changed, first, back],
  );
  const Step = (def.steps.find((s) => s.id === state.step) ?? def.steps[0])?.component;
  if (!Step) return null;
  return (
    <FlowFrameContext.Provider value={frame}>
      <Step key={state.step} flow={flow} />
    </FlowFrameContext.Provider>
  );
}
