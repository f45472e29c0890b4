// One patron's nurse check-in and its one reducer. Pure: tested without a DOM.
import type { OperationOutput } from '../../../../../shared/contract/operations';
import type { AccessNeed, VisitReason } from '../../../../../shared/domain/nurse-checkin';
import { scoreScreener, screenerQuestions, type ScreenerAnswers } from '../../../../../shared/domain/nurse-screener';
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
  answers: {},
  question: 0,
  error: null,
  ticket: null,
  after: null,
});

const toggled = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** The current question's answer as a list (empty when skipped). */
export function answerOf(answers: ScreenerAnswers, index: number): string[] {
  const q = screenerQuestions[index];
  const value = q ? answers[q.id] : undefined;
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value];
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
    case 'answer': {
      const q = screenerQuestions[data.question];
      if (!q) return data;
      // Stored as the schema wants it: a list for the multi-choice question, one value otherwise.
      const next: Record<string, unknown> = { ...data.answers };
      if (action.values.length === 0) delete next[q.id];
      else next[q.id] = q.multiple ? action.values : action.values[0];
      return { ...data, answers: next as ScreenerAnswers };
    }
    case 'question':
      return { ...data, question: Math.max(0, Math.min(screenerQuestions.length - 1, action.index)) };
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
        after: { name: data.ratherNot ? '' : data.name.trim(), foodNeed: Object.keys(data.answers).length > 0 && scoreScreener(data.answers).flagged.includes('food') },
      };
  }
}

/** "None of these" excludes the other choices and the other way round. */
export function toggleAnswer(current: readonly string[], option: string): string[] {
  if (option === 'none') return current.includes('none') ? [] : ['none'];
  return toggled(current.filter((c) => c !== 'none'), option);
}
