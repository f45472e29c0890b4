// One patron's nurse check-in and its one reducer. Pure: tested without a DOM.
import type { OperationOutput } from '../../../../../shared/contract/operations';
import type { AccessNeed, VisitReason } from '../../../../../shared/domain/nurse-checkin';
import { answerList, scoreAnswers, type ScreenerAnswers, type ScreenerDefinition, type ScreenerQuestion } from '../../../../../shared/domain/screener-definition';
import type { LanguageCode } from '../../../../../shared/languages';
import type { KioskError } from '../../../../../shared/result';

/** What the patron's screen gets of a check-in: the number, the wait, and when check-in closes today. */
export type Ticket = OperationOutput<'nurse.checkIn'>;

export type CheckInData = {
  name: string;
  ratherNot: boolean;
  reasons: VisitReason[];
  /** null: the language on screen. */
  language: LanguageCode | null;
  interpreter: boolean;
  needs: AccessNeed[];
  /** The screener version the patron answers, as the kiosk gave it when they agreed to take it. */
  definition: ScreenerDefinition | null;
  answers: ScreenerAnswers;
  /** The screener question on screen (0-based). */
  question: number;
  error: KioskError | null;
  ticket: Ticket | null;
  /**
   * Kept from the check-in for the ticket screen's "Anything else today?": the name to carry into the next
   * service, and whether the screener (taken only with the patron's consent) found a food need.
   */
  after: { name: string; foodNeed: boolean } | null;
};

export type CheckInAction =
  | { type: 'name'; value: string }
  | { type: 'ratherNot' }
  | { type: 'reason'; reason: VisitReason }
  | { type: 'language'; language: LanguageCode }
  | { type: 'interpreter' }
  | { type: 'need'; need: AccessNeed }
  | { type: 'definition'; definition: ScreenerDefinition }
  | { type: 'answer'; values: string[] }
  | { type: 'question'; index: number }
  | { type: 'noScreener' }
  | { type: 'error'; error: KioskError | null }
  | { type: 'ticket'; ticket: Ticket };

export const initialCheckIn = (): CheckInData => ({
  name: '',
  ratherNot: false,
  reasons: [],
  language: null,
  interpreter: false,
  needs: [],
  definition: null,
  answers: {},
  question: 0,
  error: null,
  ticket: null,
  after: null,
});

const toggled = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** The screener question on screen, or undefined before the definition came. */
export const questionOf = (data: Pick<CheckInData, 'definition' | 'question'>): ScreenerQuestion | undefined => data.definition?.questions[data.question];

/** The current question's answer as a list (empty when skipped). */
export function answerOf(data: Pick<CheckInData, 'definition' | 'question' | 'answers'>): string[] {
  const q = questionOf(data);
  return q ? answerList(data.answers, q.id) : [];
}

export function reduceCheckIn(data: CheckInData, action: CheckInAction): CheckInData {
  switch (action.type) {
    case 'name':
      return { ...data, name: action.value, ratherNot: false };
    case 'ratherNot':
      return { ...data, ratherNot: true, name: '' };
    case 'reason':
      return { ...data, reasons: toggled(data.reasons, action.reason) };
    case 'language':
      return { ...data, language: action.language };
    case 'interpreter':
      return { ...data, interpreter: !data.interpreter };
    case 'need':
      return { ...data, needs: toggled(data.needs, action.need) };
    case 'definition':
      // Another version than the one answered so far: its questions differ, so the answers start again.
      return data.definition?.id === action.definition.id && data.definition.version === action.definition.version
        ? data
        : { ...data, definition: action.definition, answers: {}, question: 0 };
    case 'answer': {
      const q = questionOf(data);
      if (!q) return data;
      // Stored as the schema wants it: a list for a several-answer question, one value otherwise.
      const { [q.id]: _old, ...rest } = data.answers;
      const value = action.values.length === 0 ? null : q.multiple ? action.values : action.values[0];
      return { ...data, answers: value === null || value === undefined ? rest : { ...rest, [q.id]: value } };
    }
    case 'question':
      return { ...data, question: Math.max(0, Math.min((data.definition?.questions.length ?? 1) - 1, action.index)) };
    case 'noScreener':
      return { ...data, answers: {} };
    case 'error':
      return { ...data, error: action.error };
    case 'ticket':
      // Drop what was typed as soon as the ticket exists; only the number stays on screen.
      return {
        ...data,
        ticket: action.ticket,
        name: '',
        answers: {},
        reasons: [],
        error: null,
        after: { name: data.ratherNot ? '' : data.name.trim(), foodNeed: data.definition !== null && Object.keys(data.answers).length > 0 && scoreAnswers(data.definition, data.answers).flagged.includes('food') },
      };
  }
}

/** An exclusive answer ("None of these") excludes the other choices and the other way round. */
export function toggleAnswer(question: ScreenerQuestion, current: readonly string[], option: string): string[] {
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.value));
  if (exclusive.has(option)) return current.includes(option) ? [] : [option];
  return toggled(current.filter((c) => !exclusive.has(c)), option);
}
