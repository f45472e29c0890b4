// The visit slip: one receipt listing what a patron did today across the services, from the records their visit
// made. What it may say of each record is fixed here, by type: numbers, times, places, a mentor's first name;
// never the patron's name, phone, card, the nurse reason or screener answers.
import type { OrderWindow } from './grocery-windows';
import type { LocalisedText } from '../localised-text';

/** The records a visit makes, one kind per patron write. */
export const visitSlipKinds = ['grocery-order', 'hive-booking', 'hive-registration', 'nurse-ticket'] as const;
export type VisitSlipKind = (typeof visitSlipKinds)[number];

/** One record of the visit, as the backend keeps it behind a slip reference. */
export type VisitSlipPart = { kind: VisitSlipKind; id: string };

/**
 * What the slip prints of each kind of record, as the area answers it. Nothing else reaches the template, so
 * nothing private can be printed by mistake.
 */
export type VisitSlipFacts = {
  'grocery-order': { number: string; window: OrderWindow; cancelled: boolean };
  'hive-booking': { start: string; end: string; mentorFirstName: string; room: LocalisedText; cancelled: boolean };
  'hive-registration': {
    title: LocalisedText;
    sessions: { start: string; end: string }[];
    room: LocalisedText;
    /** Place on the waitlist; null with a seat. */
    waitlistPosition: number | null;
    cancelled: boolean;
  };
  'nurse-ticket': { number: number };
};

/** A slip reference is honoured this long after the write that issued it: a visit, not a day. */
export const VISIT_SLIP_REF_MS = 60 * 60 * 1000;
/** The most records one slip lists (three services, a few each). */
export const MAX_VISIT_SLIP_PARTS = 12;
/** What the backend keeps of a printed slip (the records it lists) is gone after this: the job is long done. */
export const KEEP_VISIT_SLIPS_MS = 24 * 60 * 60 * 1000;

/** A slip is offered once the visit made two records or more: one alone has its own slip or receipt. */
export const offersVisitSlip = (refs: readonly string[]): boolean => new Set(refs).size >= 2;
