// One patron's mentor booking and its one reducer. Pure: tested without a DOM.
import type { OpenSlot } from '../../../../../shared/contract/hive';
import type { OperationOutput } from '../../../../../shared/contract/operations';
import type { LanguageCode } from '../../../../../shared/languages';
import type { KioskError } from '../../../../../shared/result';
import { emptyContact, type Contact } from './contact';

export const stages = ['idea', 'started', 'growing'] as const;
export type Stage = (typeof stages)[number];
export type HiveCatalog = OperationOutput<'hive.catalog'>;

export type MentorData = {
  catalog: HiveCatalog | null;
  area: string;
  mode: 'first' | 'mentor';
  mentorId: string;
  speaks: LanguageCode | 'any';
  limit: number;
  slots: OpenSlot[] | null;
  chosen: OpenSlot | null;
  stage: Stage | null;
  industry: string;
  wants: string;
  contact: Contact;
  /** The patron tried to go on: problems show, and go the moment they are fixed. */
  checkContact: boolean;
  error: KioskError | null;
  booked: OperationOutput<'hive.book'> | null;
};

export type MentorAction =
  | { type: 'catalog'; catalog: HiveCatalog }
  | { type: 'area'; area: string }
  | { type: 'mode'; mode: 'first' | 'mentor' }
  | { type: 'mentor'; mentorId: string }
  | { type: 'speaks'; speaks: LanguageCode | 'any' }
  | { type: 'more' }
  | { type: 'slots'; slots: OpenSlot[] | null }
  | { type: 'slot'; slot: OpenSlot | null }
  | { type: 'stage'; stage: Stage }
  | { type: 'about'; field: 'industry' | 'wants'; value: string }
  | { type: 'contact'; field: keyof Contact; value: string }
  | { type: 'checkContact' }
  | { type: 'error'; error: KioskError | null }
  | { type: 'booked'; booked: OperationOutput<'hive.book'> };

export const initialMentor = (): MentorData => ({
  catalog: null,
  area: '',
  mode: 'first',
  mentorId: '',
  speaks: 'any',
  limit: 8,
  slots: null,
  chosen: null,
  stage: null,
  industry: '',
  wants: '',
  contact: emptyContact(),
  checkContact: false,
  error: null,
  booked: null,
});

export function reduceMentor(data: MentorData, action: MentorAction): MentorData {
  switch (action.type) {
    case 'catalog':
      return { ...data, catalog: action.catalog };
    case 'area':
      return { ...data, area: action.area, mentorId: '', error: null };
    case 'mode':
      return { ...data, mode: action.mode };
    case 'mentor':
      return { ...data, mentorId: action.mentorId };
    case 'speaks':
      return { ...data, speaks: action.speaks };
    case 'more':
      return { ...data, limit: Math.min(60, data.limit + 8) };
    case 'slots':
      return { ...data, slots: action.slots };
    case 'slot':
      return { ...data, chosen: action.slot, error: null };
    case 'stage':
      return { ...data, stage: action.stage };
    case 'about':
      return { ...data, [action.field]: action.value };
    case 'contact':
      return { ...data, contact: { ...data.contact, [action.field]: action.value } };
    case 'checkContact':
      return data.checkContact ? data : { ...data, checkContact: true };
    case 'error':
      return { ...data, error: action.error };
    case 'booked':
      return { ...data, booked: action.booked, error: null };
  }
}
