import type { FlowDef } from '../../../flow/flow';
import { AboutStep } from './mentor/AboutStep';
import { ContactStep } from './mentor/ContactStep';
import { DoneStep } from './mentor/DoneStep';
import { HelpStep } from './mentor/HelpStep';
import { ReviewStep } from './mentor/ReviewStep';
import { StageStep } from './mentor/StageStep';
import { TimesStep } from './mentor/TimesStep';
import { initialMentor, reduceMentor, type MentorAction, type MentorData } from './mentor-state';

/** Meet a mentor: help wanted → open time → business stage → about the business → contact → review → booked. */
export const mentorFlow: FlowDef<MentorData, MentorAction> = {
  id: 'hive-mentor',
  exit: 'hive',
  initial: initialMentor,
  reduce: reduceMentor,
  // Name and phone from an earlier service in the same visit, to confirm or change.
  carry: (data, visit) => ({ ...data, contact: { ...data.contact, name: visit.contact.name, phone: visit.contact.phone } }),
  entered: (action) => !['catalog', 'slots', 'more', 'error', 'booked'].includes(action.type),
  steps: [
    { id: 'help', component: HelpStep },
    { id: 'times', component: TimesStep },
    { id: 'stage', component: StageStep },
    { id: 'about', component: AboutStep },
    { id: 'contact', component: ContactStep },
    { id: 'review', component: ReviewStep },
    { id: 'done', counted: false, component: DoneStep },
  ],
};
