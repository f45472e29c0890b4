import { describe, expect, it } from 'vitest';
import { isDue, isExpired, needsAttention, pageSizeOf, printoutRetentionDays, retryDelayMs, staffOrder, type JobTiming } from './print-jobs';

const job = (patch: Partial<JobTiming & { id: string }>): JobTiming & { id: string } => ({
  id: 'j',
  status: 'queued',
  attempts: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
  nextAttemptAt: null,
  ...patch,
});

describe('print job rules', () => {
  it('doubles the pause between tries up to the cap', () => {
    const policy = { firstMs: 1000, maxMs: 10_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, policy))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(retryDelayMs(500, policy)).toBe(10_000);
  });

  it('is due when queued without a time, or when its retry time has come', () => {
    const now = new Date('2026-01-01T10:00:10.000Z');
    expect(isDue(job({}), now)).toBe(true);
    expect(isDue(job({ nextAttemptAt: '2026-01-01T10:00:11.000Z' }), now)).toBe(false);
    expect(isDue(job({ status: 'failed', nextAttemptAt: '2026-01-01T10:00:10.000Z' }), now)).toBe(true);
    // A failed job without a retry time waits for staff.
    expect(isDue(job({ status: 'failed', nextAttemptAt: null }), now)).toBe(false);
    for (const status of ['printing', 'done', 'cancelled'] as const) expect(isDue(job({ status }), now)).toBe(false);
  });

  it('puts failed, then waiting jobs first for staff, newest first within each', () => {
    const list = [
      job({ id: 'done', status: 'done', attempts: 1, createdAt: '2026-01-01T12:00:00.000Z' }),
      job({ id: 'waiting-old', attempts: 2, createdAt: '2026-01-01T09:00:00.000Z' }),
      job({ id: 'new', attempts: 0, createdAt: '2026-01-01T11:00:00.000Z' }),
      job({ id: 'failed', status: 'failed', attempts: 3, createdAt: '2026-01-01T08:00:00.000Z' }),
      job({ id: 'waiting-new', attempts: 1, createdAt: '2026-01-01T10:30:00.000Z' }),
    ];
    expect(staffOrder(list).map((j) => j.id)).toEqual(['failed', 'waiting-new', 'waiting-old', 'new', 'done']);
    expect(needsAttention(job({ attempts: 0 }))).toBe(false);
    expect(needsAttention(job({ attempts: 1 }))).toBe(true);
  });

  it('expires a queued or failed job a week after it was made, and then it is not due', () => {
    const week = new Date('2026-01-08T10:00:00.000Z');
    const justBefore = new Date(week.getTime() - 1);
    expect(isExpired(job({}), justBefore)).toBe(false);
    expect(isExpired(job({}), week)).toBe(true);
    expect(isExpired(job({ status: 'failed', nextAttemptAt: null }), week)).toBe(true);
    for (const status of ['printing', 'done', 'cancelled'] as const) expect(isExpired(job({ status }), week)).toBe(false);
    expect(isDue(job({}), justBefore)).toBe(true);
    expect(isDue(job({}), week)).toBe(false);
  });

  it('keeps printouts as long as the area of their kind keeps its data, other kinds 30 days', () => {
    const retention = { grocery: 90, hive: 365, nurse: 1 };
    expect(['nurse.referral', 'grocery.receipt', 'hive.roster', 'print.test', 'nursery.x', 'visit.slip'].map((k) => printoutRetentionDays(k, retention))).toEqual([1, 90, 365, 30, 30, 1]);
  });

  it('knows the paper sizes', () => {
    expect(pageSizeOf('receipt', 'a4')).toEqual({ widthMm: 80, heightMm: null });
    expect(pageSizeOf('sheet', 'letter')).toEqual({ widthMm: 215.9, heightMm: 279.4 });
    expect(pageSizeOf('sheet', 'a4')).toEqual({ widthMm: 210, heightMm: 297 });
  });
});
