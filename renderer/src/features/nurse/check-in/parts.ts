import { createContext, useContext } from 'react';
import type { Flow } from '../../../flow/flow';
import { kiosk } from '../../../kiosk-client';
import { screenerKey, type ScreenerAnswers } from '../../../../../shared/domain/screener-definition';
import type { LanguageCode } from '../../../../../shared/languages';
import type { CheckInAction, CheckInData } from './check-in-state';

export type CheckInFlow = Flow<CheckInData, CheckInAction>;

/** Asks the backend again whether the nurse is in (NurseCheckInScreen shows the closed notice when not). */
export const NurseStatusContext = createContext<() => void>(() => undefined);
export const useNurseStatusRefresh = (): (() => void) => useContext(NurseStatusContext);

/**
 * Checks in (with the screener's answers, or null when declined); the ticket step shows the number. Refused
 * because check-in closed while the patron was answering: `closed` asks for the status, and the closed notice
 * says when the nurse is next in.
 */
export async function checkIn(flow: CheckInFlow, language: LanguageCode, screener: ScreenerAnswers | null, closed: () => void, visit?: { earlier: number; handoff: boolean }): Promise<void> {
  const { name, ratherNot, reasons, interpreter, needs } = flow.data;
  flow.dispatch({ type: 'error', error: null });
  const result = await kiosk.call(
    'nurse.checkIn',
    flow.withKey({
      name: ratherNot || name.trim() === '' ? null : name.trim(),
      reasons,
      language: flow.data.language ?? language,
      interpreter,
      accessNeeds: needs,
      screener,
      // The answers are in the wording the patron saw: the version the kiosk gave at consent.
      screenerVersion: screener && flow.data.definition ? screenerKey(flow.data.definition) : null,
      visit,
    }),
  );
  if (!result.ok) {
    flow.dispatch({ type: 'error', error: result.error });
    if (result.error.code === 'nurse.closed-now') closed();
    return;
  }
  flow.dispatch({ type: 'ticket', ticket: result.value });
  flow.settle();
  flow.go('ticket');
}
