// The state of one patron's grocery order and its one reducer. Pure: tested without a DOM.
import type { CartIssue, CartLine, CatalogItem, PaymentMethod } from '../../../../../shared/contract/grocery';
import type { OperationOutput } from '../../../../../shared/contract/operations';
import { normalizePhone, setQuantity } from '../../../../../shared/domain/grocery-cart';
import type { KioskError } from '../../../../../shared/result';

export type Catalog = OperationOutput<'grocery.catalog'>;
export type Placed = OperationOutput<'grocery.submitOrder'>;
export type Contact = { name: string; phone: string; libraryCard: string };
export type ContactField = keyof Contact;
export type Change = { issue: CartIssue; name: string };

export type OrderData = {
  catalog: Catalog | null;
  cart: CartLine[];
  contact: Contact;
  /** Set once the patron tried to go on: from then on problems show, and go the moment they are fixed. */
  checkContact: boolean;
  /** Problems the backend found with the contact, per field, until that field changes. */
  refused: Partial<Record<ContactField, string>>;
  payment: PaymentMethod | null;
  /** What changed in the cart since it was filled (price, stock, limits): shown once, then cleared. */
  changes: Change[] | null;
  error: KioskError | null;
  placed: Placed | null;
};

export type OrderAction =
  | { type: 'catalog'; catalog: Catalog }
  | { type: 'quantity'; item: CatalogItem; quantity: number }
  | { type: 'reconciled'; issues: CartIssue[]; nameOf: (id: string) => string }
  | { type: 'changesSeen' }
  | { type: 'contact'; field: ContactField; value: string }
  | { type: 'checkContact' }
  | { type: 'refused'; fields: { path: string; code: string }[] }
  | { type: 'payment'; method: PaymentMethod }
  | { type: 'error'; error: KioskError | null }
  | { type: 'placed'; placed: Placed };

export const initialOrder = (): OrderData => ({
  catalog: null,
  cart: [],
  contact: { name: '', phone: '', libraryCard: '' },
  checkContact: false,
  refused: {},
  payment: null,
  changes: null,
  error: null,
  placed: null,
});

/** The contact's problems as field codes (translated under grocery.fields / fields). */
export function contactProblems(contact: Contact): Partial<Record<ContactField, string>> {
  const problems: Partial<Record<ContactField, string>> = {};
  if (contact.name.trim() === '') problems.name = 'required';
  if (normalizePhone(contact.phone) === null) problems.phone = 'phone-format';
  if (contact.libraryCard.trim() !== '' && !/^[A-Za-z0-9 -]{4,20}$/.test(contact.libraryCard.trim())) problems.libraryCard = 'card-format';
  return problems;
}

export function reduceOrder(data: OrderData, action: OrderAction): OrderData {
  switch (action.type) {
    case 'catalog':
      return { ...data, catalog: action.catalog };
    case 'quantity':
      return { ...data, cart: setQuantity(data.cart, action.item, action.quantity), error: null };
    case 'reconciled': {
      const { issues } = action;
      const cart = data.cart.flatMap((line) => {
        const mine = issues.filter((i) => i.itemId === line.itemId);
        if (mine.some((i) => i.code === 'inactive' || i.code === 'missing' || i.code === 'bad-quantity')) return [];
        let next = line;
        for (const issue of mine) {
          if (issue.code === 'price-changed' && issue.newPriceCents !== undefined) next = { ...next, seenPriceCents: issue.newPriceCents };
          if (issue.code === 'over-limit' && issue.limit !== undefined) next = { ...next, quantity: issue.limit };
        }
        return [next];
      });
      return { ...data, cart, changes: issues.map((issue) => ({ issue, name: action.nameOf(issue.itemId) })) };
    }
    case 'changesSeen':
      return { ...data, changes: null };
    case 'contact': {
      const refused = { ...data.refused };
      delete refused[action.field];
      return { ...data, contact: { ...data.contact, [action.field]: action.value }, refused };
    }
    case 'checkContact':
      return data.checkContact ? data : { ...data, checkContact: true };
    case 'refused': {
      const refused: Partial<Record<ContactField, string>> = {};
      for (const f of action.fields) {
        const field = f.path.replace(/^contact\./, '');
        if (field === 'name' || field === 'phone' || field === 'libraryCard') refused[field] = f.code;
      }
      return { ...data, refused, checkContact: true };
    }
    case 'payment':
      return { ...data, payment: action.method, error: null };
    case 'error':
      return { ...data, error: action.error };
    case 'placed':
      return { ...data, placed: action.placed, cart: [], error: null };
  }
}
