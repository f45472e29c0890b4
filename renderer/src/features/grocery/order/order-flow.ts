import type { FlowDef } from '../../../flow/flow';
import { CartStep } from './CartStep';
import { ContactStep } from './ContactStep';
import { DoneStep } from './DoneStep';
import { initialOrder, reduceOrder, type OrderAction, type OrderData } from './order-state';
import { PaymentStep } from './PaymentStep';
import { ReviewStep } from './ReviewStep';
import { ShopStep } from './ShopStep';

/** Books & Bread: choose → cart (and pickup) → contact → how to pay → review → order placed. */
export const groceryOrderFlow: FlowDef<OrderData, OrderAction> = {
  id: 'grocery',
  initial: initialOrder,
  reduce: reduceOrder,
  // Name, phone and library card from an earlier service in the same visit, to confirm or change.
  carry: (data, visit) => ({ ...data, contact: { ...visit.contact } }),
  entered: (action) => !['catalog', 'reconciled', 'changesSeen', 'error', 'placed'].includes(action.type),
  steps: [
    { id: 'shop', component: ShopStep },
    { id: 'cart', component: CartStep },
    { id: 'contact', component: ContactStep },
    { id: 'payment', component: PaymentStep },
    { id: 'review', component: ReviewStep },
    { id: 'done', counted: false, component: DoneStep },
  ],
};
