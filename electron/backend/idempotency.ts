// Patron writes that a lost answer makes the kiosk send again: the first result, never a second
// order, ticket or booking. The request's key is stored on the record it wrote, in the same write.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { KioskFailure } from '../../shared/result';
import type { RequestStamp } from './context';
import { eachObject } from './store/migrations';

export const requestStampSchema = z.object({ key: z.string(), hash: z.string() });

/** What a record keeps of the requests that wrote it. */
export const requestsField = { requests: z.array(requestStampSchema) };

/** A numbered migration's step for a record collection gaining `requests`: records from before had none. */
export const addRequestKeys = (records: unknown): unknown => eachObject(records, (record) => ({ ...record, requests: [] }));

/** The stamp of an input: its key, and a hash of everything else, so a key reused for other input is refused. */
export function stampOf(input: unknown): RequestStamp | null {
  if (typeof input !== 'object' || input === null || !('idempotencyKey' in input) || typeof input.idempotencyKey !== 'string') return null;
  const { idempotencyKey, ...rest } = input;
  return { key: idempotencyKey, hash: createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 32) };
}

/** The record a retry of `stamp` already wrote, or undefined for a first request. */
export function replayOf<T extends { requests: RequestStamp[] }>(found: T | undefined, stamp: RequestStamp | null): T | undefined {
  if (!found || !stamp) return undefined;
  const earlier = found.requests.find((r) => r.key === stamp.key);
  if (earlier && earlier.hash !== stamp.hash) throw new KioskFailure('idempotency-key-reused', 'This request key was already used for a different request');
  return found;
}

/** The stamps to store on a record written by this request. */
export const withRequest = (requests: readonly RequestStamp[], stamp: RequestStamp | null): RequestStamp[] => (stamp ? [...requests, stamp] : [...requests]);

export const requestKeysOf = (record: { requests: readonly RequestStamp[] }): string[] => record.requests.map((r) => r.key);
