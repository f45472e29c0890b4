import { describe, expect, it } from 'vitest';
import { capacityAllowed, placeNew, seatCounts, toPromote, waitlistPosition, type SeatHolder } from './hive-workshops';
import { contactProblems, patronKeys, samePatron } from './hive-contact';
import { summarise } from './hive-summary';

const h = (id: string, status: SeatHolder['status'], seq: number): SeatHolder => ({ id, status, seq });

describe('seats and waitlist', () => {
  it('gives seats until full, then waitlist positions in arrival order', () => {
    const holders = [h('a', 'registered', 1), h('b', 'registered', 2)];
    expect(placeNew(3, holders)).toEqual({ status: 'registered' });
    expect(placeNew(2, holders)).toEqual({ status: 'waitlisted', position: 1 });
    expect(placeNew(2, [...holders, h('c', 'waitlisted', 3)])).toEqual({ status: 'waitlisted', position: 2 });
  });
  it('does not let a newcomer jump a waitlist even if a seat is free', () => {
    expect(placeNew(3, [h('a', 'registered', 1), h('b', 'registered', 2), h('c', 'waitlisted', 3)])).toEqual({ status: 'waitlisted', position: 2 });
  });
  it('promotes the earliest waitlisted first', () => {
    const holders = [h('a', 'cancelled', 1), h('b', 'registered', 2), h('late', 'waitlisted', 9), h('early', 'waitlisted', 4)];
    expect(toPromote(2, holders)).toEqual(['early']);
    expect(toPromote(3, holders)).toEqual(['early', 'late']);
    expect(toPromote(1, holders)).toEqual([]);
    expect(waitlistPosition('late', holders)).toBe(2);
    expect(waitlistPosition('b', holders)).toBeNull();
  });
  it('refuses a capacity below the seats given', () => {
    const holders = [h('a', 'registered', 1), h('b', 'registered', 2), h('c', 'waitlisted', 3), h('d', 'cancelled', 4)];
    expect(capacityAllowed(2, holders)).toBe(true);
    expect(capacityAllowed(1, holders)).toBe(false);
    expect(seatCounts(5, holders)).toEqual({ registered: 2, waitlisted: 1, seatsLeft: 3 });
  });
});

describe('contact', () => {
  it('needs a phone or an email, each well formed', () => {
    expect(contactProblems({ phone: '', email: ' ' })).toEqual([{ field: 'phone', problem: 'contact-missing' }]);
    expect(contactProblems({ phone: '555-0100', email: '' })).toEqual([]);
    expect(contactProblems({ phone: '12', email: '' })).toEqual([{ field: 'phone', problem: 'phone-invalid' }]);
    expect(contactProblems({ phone: 'call me', email: '' })).toEqual([{ field: 'phone', problem: 'phone-invalid' }]);
    expect(contactProblems({ phone: '', email: 'ana@example' })).toEqual([{ field: 'email', problem: 'email-invalid' }]);
    expect(contactProblems({ phone: '', email: 'ana@example.org' })).toEqual([]);
  });
  it('recognises the same patron by normalised phone or email', () => {
    const a = patronKeys({ phone: '(555) 010-1234', email: '' });
    expect(samePatron(a, patronKeys({ phone: '+1 555 010 1234', email: '' }))).toBe(true);
    expect(samePatron(patronKeys({ phone: '', email: 'Ana@Example.org ' }), patronKeys({ phone: '555 999 0000', email: 'ana@example.org' }))).toBe(true);
    expect(samePatron(patronKeys({ phone: '', email: '' }), patronKeys({ phone: '', email: '' }))).toBe(false);
    expect(samePatron(a, patronKeys({ phone: '555 010 1235', email: '' }))).toBe(false);
  });
});

describe('summary', () => {
  it('counts sessions, no-show rate and fill by area', () => {
    const s = summarise(
      [
        { area: 'marketing', status: 'attended' },
        { area: 'marketing', status: 'no-show' },
        { area: 'finance', status: 'attended' },
        { area: 'finance', status: 'cancelled' },
        { area: 'finance', status: 'booked' },
      ],
      [{ id: 'w', area: 'finance', title: { en: 'W', es: 'W' }, capacity: 10, registered: 8, waitlisted: 2 }],
    );
    expect(s).toMatchObject({ booked: 4, attended: 2, noShow: 1, cancelled: 1 });
    expect(s.noShowRate).toBeCloseTo(1 / 3);
    expect(s.byArea.find((a) => a.area === 'finance')).toEqual({ area: 'finance', booked: 2, attended: 1, noShow: 0, registered: 8, waitlisted: 2, capacity: 10 });
    expect(s.workshops[0]?.fill).toBeCloseTo(0.8);
  });
});
