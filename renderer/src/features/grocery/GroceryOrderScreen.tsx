import { FlowView } from '../../flow/flow';
import { groceryOrderFlow } from './order/order-flow';
import './grocery.css';

/** The patron's grocery order: a flow of small steps (order/). Leaving or an idle reset wipes its state. */
export function GroceryOrderScreen() {
  return <FlowView def={groceryOrderFlow} />;
}
