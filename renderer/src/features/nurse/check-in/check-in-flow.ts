import { firstName } from '../../../../../shared/domain/format';
import type { FlowDef } from '../../../flow/flow';
import { initialCheckIn, reduceCheckIn, type CheckInAction, type CheckInData } from './check-in-state';
import { ConsentStep } from './ConsentStep';
import { EmergencyStep } from './EmergencyStep';
import { LanguageStep } from './LanguageStep';
import { NameStep } from './NameStep';
import { ReasonsStep } from './ReasonsStep';
import { ScreenerStep } from './ScreenerStep';
import { TicketStep } from './TicketStep';

/** Library Nurse check-in: emergency note → name → reasons → language and access → screener (optional) → ticket. */
export const checkInFlow: FlowDef<CheckInData, CheckInAction> = {
  id: 'nurse',
  initial: initialCheckIn,
  reduce: reduceCheckIn,
  // The first name from an earlier service in the same visit: the step asks only what the nurse should call them
  // (the patron may change it or choose not to give it).
  carry: (data, visit) => ({ ...data, name: firstName(visit.contact.name) }),
  entered: (action) => !['error', 'ticket', 'question'].includes(action.type),
  steps: [
    { id: 'emergency', counted: false, component: EmergencyStep },
    { id: 'name', component: NameStep },
    { id: 'reasons', component: ReasonsStep },
    { id: 'language', component: LanguageStep },
    { id: 'consent', component: ConsentStep },
    { id: 'screener', counted: false, component: ScreenerStep },
    { id: 'ticket', counted: false, component: TicketStep },
  ],
};
