import type { Flow } from '../../../flow/flow';
import { kiosk } from '../../../kiosk-client';
import type { ScreenerAnswers } from '../../../../../shared/domain/nurse-screener';
import type { LanguageCode } from '../../../../../shared/languages';
import type { CheckInAction, CheckInData } from './check-in-state';

export type CheckInFlow = Flow<CheckInData, CheckInAction>;

/** Checks in (with the screener's answers, or null when declined); the ticket step shows the number. */
export async function checkIn(flow: CheckInFlow, language: LanguageCode, screener: ScreenerAnswers | null): Promise<void> {
  const { name, ratherNot, reasons, interpreter, needs } = flow.data;
  flow.dispatch({ type: 'error', error: null });
  const result = await kiosk.call('nurse.checkIn', {
    name: ratherNot || name.trim() === '' ? null : name.trim(),
    reasons,
    language: flow.data.language ?? language,
    interpreter,
    accessNeeds: needs,
    screener,
  });
  if (!result.ok) return flow.dispatch({ type: 'error', error: result.error });
  flow.dispatch({ type: 'ticket', ticket: result.value });
  flow.settle();
  flow.go('ticket');
}
