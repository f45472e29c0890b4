// References to the records a patron's visit made, for the visit slip. A patron write hands one back with its
// answer; the slip is printed from references only, so the renderer never sends text to print, and a reference
// is honoured only from the device it was issued to (the host names it, never the page), within VISIT_SLIP_REF_MS. Kept in
// memory: unguessable (32 random bytes), never stored, gone at restart (the slip is optional; the records stay).
import { randomBytes } from 'node:crypto';
import { VISIT_SLIP_REF_MS, type VisitSlipFacts, type VisitSlipKind, type VisitSlipPart } from '../../../shared/domain/visit-slip';
import { KioskFailure } from '../../../shared/result';
import type { Caller } from '../context';

type Issued = { part: VisitSlipPart; deviceId: string; expiresAt: number };
type FactsOf = { [K in VisitSlipKind]?: (id: string) => VisitSlipFacts[K] | undefined };

/** More references than a busy day makes: past it the oldest go first, so memory stays bounded. */
const MAX_ISSUED = 20_000;

export type VisitSlips = {
  /** The reference of a record the caller's patron write made (a retry from the same device gets the same one). */
  issue(part: VisitSlipPart, caller: Caller, now: Date): string;
  /** The records behind references issued to this caller and still valid; any other reference refuses them all. */
  claim(refs: readonly string[], caller: Caller, now: Date): VisitSlipPart[];
  /** Each area says what the slip may print of its records (and nothing else reaches the template). */
  describe<K extends VisitSlipKind>(kind: K, facts: (id: string) => VisitSlipFacts[K] | undefined): void;
  /** What the slip prints of one record; undefined once the record is gone (purged) or its area is not open. */
  factsOf<K extends VisitSlipKind>(part: { kind: K; id: string }): VisitSlipFacts[K] | undefined;
};

export function createVisitSlips(ttlMs = VISIT_SLIP_REF_MS): VisitSlips {
  // Insertion order is issue order: the oldest are first to expire.
  const issued = new Map<string, Issued>();
  // The reference already issued for a record to a device: a retry gets the same answer.
  const bySubject = new Map<string, string>();
  const subjectOf = (part: VisitSlipPart, deviceId: string) => JSON.stringify([part.kind, part.id, deviceId]);
  const facts: FactsOf = {};
  const prune = (now: number) => {
    for (const [ref, entry] of issued) {
      if (entry.expiresAt > now && issued.size <= MAX_ISSUED) break;
      issued.delete(ref);
      bySubject.delete(subjectOf(entry.part, entry.deviceId));
    }
  };
  return {
    issue(part, caller, now) {
      prune(now.getTime());
      const subject = subjectOf(part, caller.deviceId);
      const known = bySubject.get(subject);
      if (known) return known;
      const ref = randomBytes(32).toString('base64url');
      issued.set(ref, { part: { kind: part.kind, id: part.id }, deviceId: caller.deviceId, expiresAt: now.getTime() + ttlMs });
      bySubject.set(subject, ref);
      return ref;
    },
    claim(refs, caller, now) {
      prune(now.getTime());
      const parts: VisitSlipPart[] = [];
      for (const ref of new Set(refs)) {
        const entry = issued.get(ref);
        // Unknown, expired, or another device's: one answer for all, so a guess learns nothing.
        if (!entry || entry.expiresAt <= now.getTime() || entry.deviceId !== caller.deviceId) {
          throw new KioskFailure('visit.slip-unavailable', 'This visit slip can no longer be printed here');
        }
        parts.push(entry.part);
      }
      return parts;
    },
    describe(kind, answer) {
      if (facts[kind]) throw new Error(`Visit slip facts of ${kind} are described twice`);
      (facts as Record<VisitSlipKind, unknown>)[kind] = answer;
    },
    factsOf<K extends VisitSlipKind>(part: { kind: K; id: string }) {
      const answer = facts[part.kind] as ((id: string) => VisitSlipFacts[K] | undefined) | undefined;
      return answer?.(part.id);
    },
  };
}
