// hive-registrations/*, schema 1 → 2: a registration keeps the idempotency keys of the requests that wrote
// it, so a retried registration returns the first one; registrations from before have none.
import { addRequestKeys } from '../../idempotency';
import type { Migration } from '../../store/migrations';

export const hiveRegistrations2RequestKeys: Migration = { to: 2, name: 'request keys on registrations', up: addRequestKeys };
