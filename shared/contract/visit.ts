import { z } from 'zod';
import { MAX_VISIT_SLIP_PARTS } from '../domain/visit-slip';
import { defineOperation, requestKey } from './define';
import { languageSchema } from './platform';

// Operations of one visit across the services: the visit slip.

/** An unguessable reference the backend issued with a patron write (32 random bytes, base64url). */
export const visitSlipRefSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'visit-slip-ref');

/**
 * Spread into the output of each service's patron write: the reference of the record it made, for the visit slip.
 * Honoured only from the screen it was issued to, for a limited time.
 */
export const visitSlipField = { visitSlip: visitSlipRefSchema };

export const visitOperations = {
  /** Prints, in the patron's language, what this visit did today: the backend reads its own records behind the references. */
  'visit.printSlip': defineOperation({
    kind: 'command',
    access: 'public',
    idempotent: true,
    input: z.object({
      ...requestKey,
      refs: z.array(visitSlipRefSchema).min(1).max(MAX_VISIT_SLIP_PARTS),
      language: languageSchema,
    }),
    /** `printed` when the slip came out now; otherwise it waits at the desk. */
    output: z.object({ slip: z.enum(['printed', 'desk']) }),
  }),
};
