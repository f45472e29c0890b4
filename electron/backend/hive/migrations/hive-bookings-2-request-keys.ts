// hive-bookings/*, schema 1 → 2: a booking keeps the idempotency keys of the requests that wrote it, so a
// retried booking returns the first one; bookings from before have none.
import { addRequestKeys } from '../../idempotency';
import type { Migration } from '../../store/migrations';

export const hiveBookings2RequestKeys: Migration = { to: 2, name: 'request keys on bookings', up: addRequestKeys };
