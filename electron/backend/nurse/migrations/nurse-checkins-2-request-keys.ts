// nurse-checkins/*, schema 1 → 2: a check-in keeps the idempotency keys of the requests that wrote it, so a
// retried check-in returns the first ticket; check-ins from before have none.
import { addRequestKeys } from '../../idempotency';
import type { Migration } from '../../store/migrations';

export const nurseCheckins2RequestKeys: Migration = { to: 2, name: 'request keys on check-ins', up: addRequestKeys };
