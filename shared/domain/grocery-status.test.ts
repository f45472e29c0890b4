import { describe, expect, it } from 'vitest';
import { orderStatuses } from './grocery-lists';
import { allowedNext, canTransition, checkTransition } from './grocery-status';

describe('order status transitions', () => {
  it('follows submitted → sent → arrived → picked up', () => {
    expect(canTransition('submitted', 'sent')).toBe(true);
    expect(canTransition('sent', 'arrived')).toBe(true);
    expect(checkTransition('arrived', 'picked-up', { finalTotalCents: 1234 })).toEqual({ ok: true });
  });
  it('refuses picked up before arrived, and going backwards', () => {
    expect(checkTransition('sent', 'picked-up', { finalTotalCents: 100 })).toEqual({ ok: false, code: 'grocery.status-not-allowed' });
    expect(checkTransition('submitted', 'picked-up', { finalTotalCents: 100 })).toEqual({ ok: false, code: 'grocery.status-not-allowed' });
    expect(canTransition('arrived', 'sent')).toBe(false);
  });
  it('needs a reason to cancel and a final total to pick up', () => {
    expect(checkTransition('submitted', 'cancelled', {})).toEqual({ ok: false, code: 'grocery.reason-required' });
    expect(checkTransition('submitted', 'cancelled', { reason: '  ' })).toEqual({ ok: false, code: 'grocery.reason-required' });
    expect(checkTransition('submitted', 'cancelled', { reason: 'patron called' })).toEqual({ ok: true });
    expect(checkTransition('arrived', 'picked-up', {})).toEqual({ ok: false, code: 'grocery.final-total-required' });
    expect(checkTransition('arrived', 'picked-up', { finalTotalCents: -5 })).toEqual({ ok: false, code: 'grocery.final-total-required' });
  });
  it('ends at picked up and cancelled', () => {
    for (const to of orderStatuses) {
      expect(canTransition('picked-up', to)).toBe(false);
      expect(canTransition('cancelled', to)).toBe(false);
    }
    expect(allowedNext('arrived')).toEqual(['picked-up', 'not-picked-up', 'cancelled']);
  });
});
