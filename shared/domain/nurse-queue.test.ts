import { describe, expect, it } from 'vitest';
import { canMove, dayIn, estimateWait, nextTicketNumber, queueInOrder, waitingInOrder, type QueueTicket } from './nurse-queue';

const t = (number: number, status: QueueTicket['status'], day = '2026-03-10'): QueueTicket => ({ number, status, day });

describe('nurse queue', () => {
  it('calls waiting tickets first come, first served, whatever order they are stored in', () => {
    const tickets = [t(3, 'waiting'), t(1, 'done'), t(5, 'waiting'), t(2, 'waiting'), t(4, 'called'), t(1, 'waiting', '2026-03-09')];
    expect(waitingInOrder(tickets, '2026-03-10').map((x) => x.number)).toEqual([2, 3, 5]);
  });

  it('lists the console queue with open tickets before finished ones', () => {
    const tickets = [t(1, 'done'), t(2, 'left'), t(3, 'waiting'), t(4, 'inVisit'), t(5, 'called'), t(6, 'waiting')];
    expect(queueInOrder(tickets, '2026-03-10').map((x) => `${x.number}:${x.status}`)).toEqual(['4:inVisit', '5:called', '3:waiting', '6:waiting', '1:done', '2:left']);
  });

  it('numbers restart at 1 on a new day', () => {
    const tickets = [t(1, 'done', '2026-03-09'), t(2, 'waiting', '2026-03-09'), t(7, 'left', '2026-03-09')];
    expect(nextTicketNumber(tickets, '2026-03-09')).toBe(8);
    expect(nextTicketNumber(tickets, '2026-03-10')).toBe(1);
  });

  it('takes the day in the branch time zone, not in UTC', () => {
    // 02:30 UTC on 11 March is still the evening of 10 March in Los Angeles.
    const instant = new Date('2026-03-11T02:30:00Z');
    expect(dayIn(instant, 'America/Los_Angeles')).toBe('2026-03-10');
    expect(dayIn(instant, 'Europe/Madrid')).toBe('2026-03-11');
    expect(dayIn(instant, 'Not/AZone')).toBe('2026-03-11');
  });

  it('allows only forward moves and refuses calling a called ticket again', () => {
    expect(canMove('waiting', 'called')).toBe(true);
    expect(canMove('called', 'called')).toBe(false);
    expect(canMove('called', 'inVisit')).toBe(true);
    expect(canMove('done', 'waiting')).toBe(false);
    expect(canMove('left', 'called')).toBe(false);
    expect(canMove('inVisit', 'left')).toBe(false);
  });
});

describe('wait estimate', () => {
  it('is zero with nobody ahead and an idle nurse', () => {
    expect(estimateWait([], '2026-03-10', 15)).toEqual({ ahead: 0, minutes: 0 });
  });

  it('counts waiting and called tickets ahead, half a visit for one under way, rounded up to 5 minutes', () => {
    const tickets = [t(1, 'done'), t(2, 'inVisit'), t(3, 'called'), t(4, 'waiting'), t(5, 'waiting'), t(9, 'waiting', '2026-03-09')];
    // 3 ahead + 0.5 → 3.5 × 15 = 52.5 → 55
    expect(estimateWait(tickets, '2026-03-10', 15)).toEqual({ ahead: 3, minutes: 55 });
    // For ticket 4 only tickets 3 is ahead: 1.5 × 12 = 18 → 20
    expect(estimateWait(tickets, '2026-03-10', 12, 4)).toEqual({ ahead: 1, minutes: 20 });
  });
});
