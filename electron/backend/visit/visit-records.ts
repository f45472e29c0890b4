// What the visit area keeps on disk: one record per visit slip asked for, naming the records it lists, so its
// print job can render (and retry) from the backend's own data. It links a patron's services together, so it is
// encrypted and kept only a day (KEEP_VISIT_SLIPS_MS).
import { z } from 'zod';
import { languageSchema } from '../../../shared/contract/platform';
import { visitSlipKinds } from '../../../shared/domain/visit-slip';
import { requestKeysOf, requestsField } from '../idempotency';
import { monthOf, type Records, type Store } from '../store/store';

export const visitSlipRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  language: languageSchema,
  /** The records the slip lists, in the order the visit made them. */
  parts: z.array(z.object({ kind: z.enum(visitSlipKinds), id: z.string() })),
  /** The patron's requests that asked for it, by idempotency key. */
  ...requestsField,
});
export type VisitSlipRecord = z.infer<typeof visitSlipRecordSchema>;

export const openVisitSlipRecords = (store: Store): Promise<Records<VisitSlipRecord>> =>
  store.records({ name: 'visit-slips', schema: visitSlipRecordSchema, version: 1, encrypted: true, partitionOf: (r) => monthOf(r.createdAt), requestKeysOf });
