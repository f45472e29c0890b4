// One patron's workshop registration and its one reducer.
import type { WorkshopView } from '../../../../../shared/contract/hive';
import type { OperationOutput } from '../../../../../shared/contract/operations';
import type { KioskError } from '../../../../../shared/result';
import { emptyContact, type Contact } from './contact';

export type WorkshopData = {
  list: WorkshopView[] | null;
  chosen: WorkshopView | null;
  contact: Contact;
  answers: Record<string, string>;
  checkContact: boolean;
  error: KioskError | null;
  result: OperationOutput<'hive.register'> | null;
};

export type WorkshopAction =
  | { type: 'list'; list: WorkshopView[] }
  | { type: 'choose'; workshop: WorkshopView }
  | { type: 'contact'; field: keyof Contact; value: string }
  | { type: 'answer'; questionId: string; value: string }
  | { type: 'checkContact' }
  | { type: 'error'; error: KioskError | null }
  | { type: 'result'; result: OperationOutput<'hive.register'> };

export const initialWorkshop = (): WorkshopData => ({ list: null, chosen: null, contact: emptyContact(), answers: {}, checkContact: false, error: null, result: null });

/** Full, or someone already waits: a new registration goes on the waitlist. */
export const isFull = (w: WorkshopView): boolean => w.seatsLeft === 0 || w.waitlisted > 0;

export function reduceWorkshop(data: WorkshopData, action: WorkshopAction): WorkshopData {
  switch (action.type) {
    case 'list':
      return { ...data, list: action.list };
    case 'choose':
      return { ...data, chosen: action.workshop, error: null };
    case 'contact':
      return { ...data, contact: { ...data.contact, [action.field]: action.value } };
    case 'answer':
      return { ...data, answers: { ...data.answers, [action.questionId]: action.value } };
    case 'checkContact':
      return data.checkContact ? data : { ...data, checkContact: true };
    case 'error':
      return { ...data, error: action.error };
    case 'result':
      return { ...data, result: action.result, error: null };
  }
}

/** The end instant of session i: same day as its start, the session's end wall time. */
export function endOf(w: WorkshopView, i: number): string {
  const start = Date.parse(w.starts[i] ?? '');
  const s = w.sessions[i];
  if (!s) return new Date(start).toISOString();
  const [sh, sm] = s.start.split(':').map(Number);
  const [eh, em] = s.end.split(':').map(Number);
  return new Date(start + (((eh ?? 0) - (sh ?? 0)) * 60 + ((em ?? 0) - (sm ?? 0))) * 60_000).toISOString();
}
