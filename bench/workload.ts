// Patron writes as the kiosk sends them (one idempotency key per submit), for bench:crash and
// bench:soak, and the checks that every acknowledged one is still there.
import type { StaffRole } from '../shared/roles';
import { randomUUID } from 'node:crypto';
import type { Backend } from '../electron/backend/backend';
import type { Caller } from '../electron/backend/context';
import type { PdfEngine } from '../electron/backend/printing/pdf-engine';
import { noPrinters } from '../electron/backend/printing/printers';
import type { PrintingOptions } from '../electron/backend/printing/printing';
import { demoStaff } from '../electron/backend/platform/demo';
import type { Result } from '../shared/result';

/** Printing runs its real queue; no Chromium: the documents are stored, not rendered to PDF. */
const textEngine: PdfEngine = {
  toPdf: async (html, page) => ({ bytes: Buffer.from(html), widthMm: page.widthMm, heightMm: page.heightMm ?? 200 }),
  close: async () => undefined,
};
export const benchPrinting: PrintingOptions = { engine: textEngine, system: noPrinters, tickMs: 0, waitMs: 0 };

export type WriteKind = 'order' | 'booking' | 'registration' | 'check-in';
export type PatronWrite = { kind: WriteKind; name: string; input: Record<string, unknown>; caller: Caller };
/** What an acknowledged write gave the patron: the number or code on their slip. */
export type Receipt = { kind: WriteKind; key: string; ref: string };

const phone = (n: number): string => `555-${String(100 + Math.floor(n / 10000) % 900).padStart(3, '0')}-${String(n % 10000).padStart(4, '0')}`;

/** What the patron screens need to make writes: the current window, open times, workshops. */
export type Offer = { windowKey: string | null; slots: { mentorId: string; start: string }[]; workshops: string[] };

export async function offer(backend: Backend, caller: Caller): Promise<Offer> {
  const catalog = await backend.dispatch('grocery.catalog', {}, caller);
  const slots = await backend.dispatch('hive.openTimes', { limit: 60 }, caller);
  const workshops = await backend.dispatch('hive.workshops', {}, caller);
  return {
    windowKey: catalog.ok ? ((catalog.value as { pickup: { key: string } | null }).pickup?.key ?? null) : null,
    slots: slots.ok ? (slots.value as Offer['slots']) : [],
    workshops: workshops.ok ? (workshops.value as { id: string }[]).map((w) => w.id) : [],
  };
}

/** The n-th patron write of a mix (mostly orders and check-ins, some bookings and registrations). */
export function patronWrite(n: number, kind: WriteKind, available: Offer, device: string): PatronWrite {
  const caller = { clientId: `page-${n}`, deviceId: device, device: null };
  const contact = { name: `Patron ${n}`, phone: phone(n), email: '', language: n % 3 === 0 ? 'es' : 'en' };
  const idempotencyKey = randomUUID();
  switch (kind) {
    case 'order':
      return {
        kind,
        name: 'grocery.submitOrder',
        caller,
        input: { idempotencyKey, lines: [{ itemId: 'rice', quantity: 1 + (n % 3) }, { itemId: n % 2 ? 'eggs' : 'bananas', quantity: 1 }], windowKey: available.windowKey ?? 'none', contact: { name: contact.name, phone: contact.phone, libraryCard: '' }, payment: (['snap', 'card', 'cash'] as const)[n % 3], language: contact.language },
      };
    case 'booking': {
      const slot = available.slots[n % Math.max(1, available.slots.length)];
      return { kind, name: 'hive.book', caller, input: { idempotencyKey, mentorId: slot?.mentorId ?? 'none', start: slot?.start ?? new Date().toISOString(), area: 'business-plan', stage: 'idea', industry: 'Food', wants: 'A business plan', ...contact } };
    }
    case 'registration':
      return { kind, name: 'hive.register', caller, input: { idempotencyKey, workshopId: available.workshops[n % Math.max(1, available.workshops.length)] ?? 'none', answers: [], ...contact } };
    case 'check-in':
      return { kind, name: 'nurse.checkIn', caller, input: { idempotencyKey, name: n % 4 === 0 ? null : contact.name.split(' ')[1], reasons: ['bloodPressure'], language: contact.language, interpreter: false, accessNeeds: [], screener: null } };
  }
}

/** The slip reference of an acknowledged write: order number, booking and registration id, ticket day and number. */
export function receiptOf(write: PatronWrite, result: Result<unknown>, day: string): Receipt | null {
  if (!result.ok) return null;
  const value = result.value as { orderNumber?: string; id?: string; number?: number };
  const ref = write.kind === 'order' ? value.orderNumber : write.kind === 'check-in' ? `${day}#${value.number}` : value.id;
  return ref === undefined ? null : { kind: write.kind, key: String(write.input.idempotencyKey), ref };
}

/** Signs the demo staff in on a staff device; returns their callers. */
export async function deskCallers(backend: Backend): Promise<Record<StaffRole, Caller>> {
  const out = {} as Record<StaffRole, Caller>;
  for (const member of demoStaff) {
    const caller = { clientId: `bench-${member.role}-${randomUUID()}`, deviceId: 'bench-desk', device: null };
    const id = backend.platform.staff.list().find((m) => m.name === member.name)?.id;
    const result = await backend.dispatch('staff.signIn', { staffId: id, pin: member.pin }, caller);
    if (!result.ok) throw new Error(`sign-in as ${member.role}: ${result.error.code}`);
    out[member.role] = caller;
  }
  return out;
}

/** The nurse in every hour of every day, so check-ins are taken whenever the benchmark runs. */
export async function nurseInAllWeek(backend: Backend): Promise<void> {
  const { nurse } = await deskCallers(backend);
  const settings = await backend.dispatch('nurse.settings', {}, nurse);
  if (!settings.ok) throw new Error(`nurse.settings: ${settings.error.code}`);
  const weeklyHours = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' }));
  const saved = await backend.dispatch('nurse.updateSettings', { ...(settings.value as object), weeklyHours }, nurse);
  if (!saved.ok) throw new Error(`nurse.updateSettings: ${saved.error.code}`);
}

/** Every slip reference the kiosk can show staff now, read through the staff operations. */
export async function storedRefs(backend: Backend, days: string[]): Promise<Set<string>> {
  const desk = await deskCallers(backend);
  const refs = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await backend.dispatch('grocery.orders', { limit: 200, cursor }, desk.librarian);
    if (!page.ok) throw new Error(`grocery.orders: ${page.error.code}`);
    const value = page.value as { items: { number: string }[]; nextCursor: string | null };
    for (const o of value.items) refs.add(`order:${o.number}`);
    cursor = value.nextCursor ?? undefined;
  } while (cursor);
  const schedule = await backend.dispatch('hive.schedule', { from: days[0], days: 31 }, desk.librarian);
  if (schedule.ok) for (const b of (schedule.value as { bookings: { id: string }[] }).bookings) refs.add(`booking:${b.id}`);
  cursor = undefined;
  do {
    const page = await backend.dispatch('hive.allWorkshops', { limit: 200, cursor }, desk.librarian);
    if (!page.ok) throw new Error(`hive.allWorkshops: ${page.error.code}`);
    const value = page.value as { items: { id: string }[]; nextCursor: string | null };
    for (const w of value.items) {
      const detail = await backend.dispatch('hive.workshopDetail', { id: w.id }, desk.librarian);
      if (detail.ok) for (const r of (detail.value as { registrations: { id: string }[] }).registrations) refs.add(`registration:${r.id}`);
    }
    cursor = value.nextCursor ?? undefined;
  } while (cursor);
  const queue = await backend.dispatch('nurse.queue', {}, desk.nurse);
  if (queue.ok) {
    const value = queue.value as { day: string; tickets: { number: number }[] };
    for (const t of value.tickets) refs.add(`check-in:${value.day}#${t.number}`);
  }
  return refs;
}

export const refKey = (r: Receipt): string => `${r.kind}:${r.ref}`;
