// The order's life: submitted → sent to store → arrived at branch → picked up | not picked up,
// or cancelled (with a reason) any time before pickup. Pure state machine.
import type { OrderStatus } from './grocery-lists';

const next: Record<OrderStatus, readonly OrderStatus[]> = {
  submitted: ['sent', 'cancelled'],
  sent: ['arrived', 'cancelled'],
  arrived: ['picked-up', 'not-picked-up', 'cancelled'],
  // A patron who comes late, while the bag is still at the desk, can still take it.
  'not-picked-up': ['picked-up'],
  'picked-up': [],
  cancelled: [],
};

export const allowedNext = (from: OrderStatus): readonly OrderStatus[] => next[from];

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean => next[from].includes(to);

export type TransitionDetails = { reason?: string; finalTotalCents?: number };

export type TransitionCheck = { ok: true } | { ok: false; code: 'grocery.status-not-allowed' | 'grocery.reason-required' | 'grocery.final-total-required' };

/** Whether `from → to` may happen with these details; the code names the refusal. */
export function checkTransition(from: OrderStatus, to: OrderStatus, details: TransitionDetails): TransitionCheck {
  if (!canTransition(from, to)) return { ok: false, code: 'grocery.status-not-allowed' };
  if (to === 'cancelled' && !details.reason?.trim()) return { ok: false, code: 'grocery.reason-required' };
  if (to === 'picked-up' && (details.finalTotalCents === undefined || !Number.isInteger(details.finalTotalCents) || details.finalTotalCents < 0)) {
    return { ok: false, code: 'grocery.final-total-required' };
  }
  return { ok: true };
}
