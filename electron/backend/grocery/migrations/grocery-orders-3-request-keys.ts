// grocery-orders/*, schema 2 → 3: an order keeps the idempotency keys of the requests that wrote it, so a
// retried submit returns the first order; orders from before have none.
import { addRequestKeys } from '../../idempotency';
import type { Migration } from '../../store/migrations';

export const groceryOrders3RequestKeys: Migration = { to: 3, name: 'request keys on orders', up: addRequestKeys };
