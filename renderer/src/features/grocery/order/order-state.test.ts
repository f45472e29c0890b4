import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../../../shared/contract/grocery';
import { contactProblems, initialOrder, reduceOrder } from './order-state';

const eggs: CatalogItem = { id: 'eggs', category: 'dairy', name: { en: 'Eggs', es: 'Huevos' }, description: { en: '', es: '' }, size: { en: '12 ct', es: '12 unidades' }, priceCents: 329, snapEligible: true, picture: 'egg', active: true, limit: 3 };

describe('grocery order state', () => {
  it('adds, caps at the item limit, and removes at zero', () => {
    let d = reduceOrder(initialOrder(), { type: 'quantity', item: eggs, quantity: 2 });
    expect(d.cart).toEqual([{ itemId: 'eggs', quantity: 2, seenPriceCents: 329 }]);
    d = reduceOrder(d, { type: 'quantity', item: eggs, quantity: 9 });
    expect(d.cart[0]?.quantity).toBe(3);
    expect(reduceOrder(d, { type: 'quantity', item: eggs, quantity: 0 }).cart).toEqual([]);
  });

  it('applies what the backend found: new price kept, over-limit lowered, withdrawn items gone', () => {
    let d = reduceOrder(initialOrder(), { type: 'quantity', item: eggs, quantity: 3 });
    d = reduceOrder(d, { type: 'quantity', item: { ...eggs, id: 'milk' }, quantity: 1 });
    d = reduceOrder(d, {
      type: 'reconciled',
      nameOf: (id) => id.toUpperCase(),
      issues: [
        { itemId: 'eggs', code: 'over-limit', limit: 2 },
        { itemId: 'eggs', code: 'price-changed', oldPriceCents: 329, newPriceCents: 349 },
        { itemId: 'milk', code: 'inactive' },
      ],
    });
    expect(d.cart).toEqual([{ itemId: 'eggs', quantity: 2, seenPriceCents: 349 }]);
    expect(d.changes?.map((c) => c.name)).toEqual(['EGGS', 'EGGS', 'MILK']);
  });

  it('shows a contact problem only once the patron tried, and it goes as soon as the field is right', () => {
    let d = reduceOrder(initialOrder(), { type: 'contact', field: 'phone', value: '555-01' });
    expect(contactProblems(d.contact)).toEqual({ name: 'required', phone: 'phone-format' });
    d = reduceOrder(d, { type: 'refused', fields: [{ path: 'contact.phone', code: 'phone-format' }] });
    expect(d.refused).toEqual({ phone: 'phone-format' });
    d = reduceOrder(d, { type: 'contact', field: 'phone', value: '555-010-1234' });
    expect(d.refused).toEqual({});
    expect(contactProblems(d.contact)).toEqual({ name: 'required' });
  });
});
