import type { FlowDef } from '../../../flow/flow';
import { ContactStep } from './workshop/ContactStep';
import { DoneStep } from './workshop/DoneStep';
import { ListStep } from './workshop/ListStep';
import { ReviewStep } from './workshop/ReviewStep';
import { initialWorkshop, reduceWorkshop, type WorkshopAction, type WorkshopData } from './workshop-state';

/** Join a workshop: choose → contact (and the workshop's questions) → review → registered or waitlisted. */
export const workshopFlow: FlowDef<WorkshopData, WorkshopAction> = {
  id: 'hive-workshop',
  exit: 'hive',
  initial: initialWorkshop,
  reduce: reduceWorkshop,
  // Name and phone from an earlier service in the same visit, to confirm or change.
  carry: (data, visit) => ({ ...data, contact: { ...data.contact, name: visit.contact.name, phone: visit.contact.phone } }),
  entered: (action) => !['list', 'error', 'result'].includes(action.type),
  steps: [
    { id: 'list', component: ListStep },
    { id: 'contact', component: ContactStep },
    { id: 'review', component: ReviewStep },
    { id: 'done', counted: false, component: DoneStep },
  ],
};
