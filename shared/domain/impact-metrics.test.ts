import { describe, expect, it } from 'vitest';
import { countBookings, countNurse, countOrders, countRegistrations, countSeats, mergeDays, type CountArea, type DayCounts } from './impact-counts';
import { bucketsOf, figuresOf, MASKED, medianOf, metricsOf } from './impact-metrics';
import { plainLanguageScreener } from './nurse-screener';
import { scoreAnswers } from './screener-definition';

const tz = 'America/New_York';
const line = (cents: number, snap: boolean, quantity = 1) => ({ unitPriceCents: cents, snapEligible: snap, quantity });

// Fixed data: November 2026 against October 2026, per month.
const grocery = countOrders(
  [
    // 6 live orders on Nov 3 (local), one cancelled; two picked up, one not, one waiting at the desk.
    ...Array.from({ length: 3 }, () => ({ createdAt: '2026-11-03T15:00:00Z', status: 'submitted' as const, lines: [line(300, true, 2), line(100, false)], finalTotalCents: null })),
    { createdAt: '2026-11-03T15:00:00Z', status: 'picked-up' as const, lines: [line(500, true)], finalTotalCents: 480 },
    { createdAt: '2026-11-03T15:00:00Z', status: 'picked-up' as const, lines: [line(500, false)], finalTotalCents: 510 },
    { createdAt: '2026-11-04T02:00:00Z', status: 'not-picked-up' as const, lines: [line(200, true)], finalTotalCents: null }, // Nov 3 in New York
    { createdAt: '2026-11-10T15:00:00Z', status: 'cancelled' as const, lines: [line(900, true)], finalTotalCents: null },
    // October: 2 orders (masked when the threshold is 5).
    { createdAt: '2026-10-12T15:00:00Z', status: 'picked-up' as const, lines: [line(400, true)], finalTotalCents: 400 },
    { createdAt: '2026-10-13T15:00:00Z', status: 'arrived' as const, lines: [line(400, true)], finalTotalCents: null },
  ],
  tz,
);
const hive = mergeDays(
  countBookings(
    [
      ...Array.from({ length: 4 }, (_, i) => ({ start: `2026-11-0${i + 2}T15:00:00Z`, status: 'attended' as const, returning: i % 2 === 0 })),
      { start: '2026-11-09T15:00:00Z', status: 'no-show' as const, returning: false },
      { start: '2026-11-09T16:00:00Z', status: 'booked' as const, returning: null },
      { start: '2026-11-09T17:00:00Z', status: 'cancelled' as const, returning: false },
    ],
    tz,
  ),
  countRegistrations(
    [
      ...Array.from({ length: 8 }, () => ({ status: 'registered' as const, promotedAt: null, firstDay: '2026-11-20' })),
      { status: 'registered' as const, promotedAt: '2026-11-18T15:00:00Z', firstDay: '2026-11-20' },
      { status: 'waitlisted' as const, promotedAt: null, firstDay: '2026-11-20' },
    ],
    tz,
  ),
  countSeats([
    { firstDay: '2026-11-20', capacity: 12, cancelled: false },
    { firstDay: '2026-11-21', capacity: 30, cancelled: true },
  ]),
);
const screener = (food: 'often' | 'never') => ({ foodWorry: food === 'often' ? ('often' as const) : ('never' as const) });
const tickets = Array.from({ length: 7 }, (_, i) => ({
  id: `t${i}`,
  day: '2026-11-05',
  status: i === 6 ? 'left' : 'done',
  reasons: ['bloodPressure'],
  screener: i < 5 ? screener('often') : null,
  createdAt: '2026-11-05T15:00:00Z',
  calledAt: i === 6 ? null : new Date(Date.parse('2026-11-05T15:00:00Z') + [4, 10, 12, 12, 20, 30][i]! * 60_000).toISOString(),
}));
const resources: Record<string, { category: string; libraryProgram: boolean }> = {
  pantry: { category: 'food', libraryProgram: false },
  'library-books-bread': { category: 'library', libraryProgram: true },
};
const nurse = countNurse(
  tickets,
  tickets.slice(0, 6).map((t, i) => ({ day: t.day, referrals: i < 5 ? ['library-books-bread', 'pantry'] : [], handledWithout911: true })),
  (id) => resources[id],
  (t) => (t.screener ? scoreAnswers(plainLanguageScreener, t.screener).flagged : []),
);
const visit: DayCounts[] = [{ day: '2026-11-05', counts: { multiService: 6, 'handoffs.grocery': 5 } }];
const days: Record<CountArea, DayCounts[]> = { grocery, hive, nurse, visit };
const nov = { from: '2026-11-01', to: '2026-11-30', per: 'month' as const };

const metric = (section: CountArea, id: string, threshold = 1) => {
  const found = figuresOf(section, days, nov, threshold).metrics.find((m) => m.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

describe('impact metrics on fixed data', () => {
  it('counts orders by the branch day they were placed, and leaves cancelled ones out', () => {
    expect(grocery.find((d) => d.day === '2026-11-03')?.counts).toMatchObject({ orders: 6, pickedUp: 2, notPickedUp: 1 });
    expect(grocery.find((d) => d.day === '2026-11-10')?.counts).toEqual({ cancelled: 1 });
  });

  it('Books & Bread: orders, items, SNAP share, estimated and final totals, pickup rate, not picked up, hand-offs, referrals', () => {
    expect(metric('grocery', 'orders')).toMatchObject({ current: 6, previous: 2, series: [6], previousSeries: [2] });
    expect(metric('grocery', 'items').current).toBe(3 * 3 + 3);
    // Estimated: 3 × 700 + 500 + 500 + 200 = 3300; SNAP: 3 × 600 + 500 + 200 = 2500.
    expect(metric('grocery', 'estimatedTotal').current).toBe(3300);
    expect(metric('grocery', 'snapShare').current).toBeCloseTo(2500 / 3300);
    expect(metric('grocery', 'finalTotal').current).toBe(990);
    expect(metric('grocery', 'pickupRate').current).toBeCloseTo(2 / 3);
    expect(metric('grocery', 'pickupRate').previous).toBeCloseTo(1 / 2);
    expect(metric('grocery', 'notPickedUp').current).toBe(1);
    expect(metric('grocery', 'handoffs').current).toBe(5);
    expect(metric('grocery', 'libraryReferrals').current).toBe(5);
  });

  it('Hive: bookings, attended, no-shows, fill rate, waitlist promotions, first-time and returning', () => {
    expect(metric('hive', 'bookings').current).toBe(6);
    expect(metric('hive', 'attended').current).toBe(4);
    expect(metric('hive', 'noShows').current).toBe(1);
    // 9 registered of 12 seats; the cancelled workshop offers none.
    expect(metric('hive', 'fillRate').current).toBeCloseTo(9 / 12);
    expect(metric('hive', 'promotions').current).toBe(1);
    // Unknown (purged contact) counts as neither.
    expect(metric('hive', 'firstTime').current).toBe(3);
    expect(metric('hive', 'returning').current).toBe(2);
    expect(metric('hive', 'libraryReferrals').current).toBe(0);
  });

  it('Library Nurse: check-ins, visits, median wait, screener positives, referrals by category, handled without 911', () => {
    expect(metric('nurse', 'checkIns').current).toBe(7);
    expect(metric('nurse', 'visits').current).toBe(6);
    // Waits 4, 10, 12, 12, 20, 30: the median of an even count is the mean of the middle two.
    expect(metric('nurse', 'waitMedian').current).toBe(12);
    expect(metric('nurse', 'screener.food').current).toBe(5);
    expect(metric('nurse', 'screener.housing').current).toBe(0);
    expect(metric('nurse', 'referrals.food').current).toBe(5);
    expect(metric('nurse', 'referrals.library').current).toBe(5);
    expect(metric('nurse', 'handledWithout911').current).toBe(6);
    expect(metric('nurse', 'checkIns').previous).toBe(0);
  });

  it('Across services: visits with two or more services, hand-offs, referrals to library programs', () => {
    expect(metric('visit', 'multiService').current).toBe(6);
    expect(metric('visit', 'handoffs').current).toBe(5);
    expect(metric('visit', 'libraryReferrals').current).toBe(5);
  });

  it('every metric of every section has a test above', () => {
    const tested = ['orders', 'items', 'snapShare', 'estimatedTotal', 'finalTotal', 'pickupRate', 'notPickedUp', 'handoffs', 'libraryReferrals', 'bookings', 'attended', 'noShows', 'fillRate', 'promotions', 'firstTime', 'returning', 'checkIns', 'visits', 'waitMedian', 'handledWithout911', 'multiService'];
    for (const defs of Object.values(metricsOf)) for (const d of defs) if (!d.id.includes('.')) expect(tested, d.id).toContain(d.id);
  });

  it('masks counts below the threshold, and shares, totals and medians drawn from them', () => {
    const at5 = figuresOf('grocery', days, nov, 5).metrics;
    const of = (id: string) => at5.find((m) => m.id === id);
    expect(of('orders')).toMatchObject({ current: 6, previous: MASKED });
    expect(of('notPickedUp')?.current).toBe(MASKED);
    expect(of('finalTotal')?.current).toBe(MASKED); // 2 picked up
    expect(of('snapShare')?.current).toBeCloseTo(2500 / 3300);
    expect(of('estimatedTotal')?.previous).toBe(MASKED);
    // Nothing at all is not masked: zero stays zero, and a share of nothing is no figure.
    const hive5 = figuresOf('hive', days, nov, 5).metrics;
    expect(hive5.find((m) => m.id === 'libraryReferrals')?.current).toBe(0);
    expect(figuresOf('hive', days, { ...nov, from: '2025-01-01', to: '2025-01-31' }, 5).metrics.find((m) => m.id === 'fillRate')?.current).toBeNull();
    const nurse5 = figuresOf('nurse', days, nov, 7).metrics;
    expect(nurse5.find((m) => m.id === 'waitMedian')?.current).toBe(MASKED); // 6 waits
  });

  it('reads a median from a minutes histogram', () => {
    expect(medianOf({ 'nurse.wait.3': 1, 'nurse.wait.9': 1, 'nurse.wait.20': 1 })).toBe(9);
    expect(medianOf({ 'nurse.wait.3': 2, 'nurse.wait.9': 2 })).toBe(6);
    expect(medianOf({})).toBeNull();
  });

  it('snaps weeks to Monday–Sunday and months to whole months, with as many before', () => {
    const weeks = bucketsOf('2026-11-04', '2026-11-18', 'week');
    expect(weeks.current).toEqual([
      { start: '2026-11-02', end: '2026-11-08' },
      { start: '2026-11-09', end: '2026-11-15' },
      { start: '2026-11-16', end: '2026-11-22' },
    ]);
    expect(weeks.previous[0]).toEqual({ start: '2026-10-12', end: '2026-10-18' });
    const months = bucketsOf('2026-01-15', '2026-03-02', 'month');
    expect(months.current.map((b) => b.start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(months.current[1]?.end).toBe('2026-02-28');
    expect(months.previous.map((b) => b.start)).toEqual(['2025-10-01', '2025-11-01', '2025-12-01']);
  });

  it('per week puts each day in its week', () => {
    const weekly = figuresOf('grocery', days, { from: '2026-11-02', to: '2026-11-15', per: 'week' }, 1).metrics.find((m) => m.id === 'orders');
    expect(weekly?.series).toEqual([6, 0]);
  });
});
