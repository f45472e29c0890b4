import { describe, expect, it } from 'vitest';
import type { CatalogItem } from './grocery-catalog';
import { checkCart, normalizePhone, parseDollars, setQuantity, summarize, totalsOf } from './grocery-cart';

const item = (id: string, priceCents: number, snapEligible: boolean, extra: Partial<CatalogItem> = {}): CatalogItem => ({
  id,
  category: 'pantry',
  name: { en: id, es: id },
  description: { en: '', es: '' },
  size: { en: '1 lb' },
  priceCents,
  snapEligible,
  picture: 'pantry.svg',
  active: true,
  limit: null,
  ...extra,
});
const catalog = new Map([item('rice', 549, true), item('soap', 249, false), item('formula', 1899, true, { limit: 2 }), item('old', 100, true, { active: false })].map((i) => [i.id, i]));

describe('totals and the SNAP split', () => {
  it('keeps SNAP-eligible and other items apart, in cents', () => {
    expect(totalsOf([
      { unitPriceCents: 549, snapEligible: true, quantity: 2 },
      { unitPriceCents: 249, snapEligible: false, quantity: 3 },
    ])).toEqual({ snapCents: 1098, otherCents: 747, totalCents: 1845, itemCount: 5 });
  });
  it('is zero for an empty cart', () => {
    expect(totalsOf([])).toEqual({ snapCents: 0, otherCents: 0, totalCents: 0, itemCount: 0 });
  });
  it('parses dollars typed by staff', () => {
    expect(parseDollars('23.45')).toBe(2345);
    expect(parseDollars('$3')).toBe(300);
    expect(parseDollars('3.5')).toBe(350);
    expect(parseDollars('abc')).toBeNull();
    expect(parseDollars('-1')).toBeNull();
  });
});

describe('cart checks', () => {
  it('prices a good cart with no issues', () => {
    const result = checkCart([{ itemId: 'rice', quantity: 2, seenPriceCents: 549 }], catalog);
    expect(result.issues).toEqual([]);
    expect(result.lines[0]).toMatchObject({ itemId: 'rice', unitPriceCents: 549, quantity: 2 });
  });
  it('reports inactive and missing items, changed prices, bad and over-limit quantities', () => {
    const result = checkCart(
      [
        { itemId: 'old', quantity: 1 },
        { itemId: 'gone', quantity: 1 },
        { itemId: 'rice', quantity: 1, seenPriceCents: 499 },
        { itemId: 'soap', quantity: 0 },
        { itemId: 'formula', quantity: 3 },
      ],
      catalog,
    );
    expect(result.issues).toEqual([
      { itemId: 'old', code: 'inactive' },
      { itemId: 'gone', code: 'missing' },
      { itemId: 'rice', code: 'price-changed', oldPriceCents: 499, newPriceCents: 549 },
      { itemId: 'soap', code: 'bad-quantity' },
      { itemId: 'formula', code: 'over-limit', limit: 2 },
    ]);
  });
  it('refuses negative and duplicate lines', () => {
    expect(checkCart([{ itemId: 'rice', quantity: -1 }], catalog).issues[0]?.code).toBe('bad-quantity');
    expect(checkCart([{ itemId: 'rice', quantity: 1 }, { itemId: 'rice', quantity: 1 }], catalog).issues[0]?.code).toBe('bad-quantity');
  });
  it('steppers stay within 0..limit and remove at 0', () => {
    const formula = catalog.get('formula') as CatalogItem;
    let cart = setQuantity([], formula, 1);
    cart = setQuantity(cart, formula, 5);
    expect(cart).toEqual([{ itemId: 'formula', quantity: 2, seenPriceCents: 1899 }]);
    expect(setQuantity(cart, formula, 0)).toEqual([]);
  });
});

describe('phone check', () => {
  it('accepts US numbers and formats them', () => {
    expect(normalizePhone('555-010-1234')).toBe('(555) 010-1234');
    expect(normalizePhone('+1 (555) 010 1234')).toBe('(555) 010-1234');
  });
  it('refuses short numbers and letters', () => {
    expect(normalizePhone('555-0101')).toBeNull();
    expect(normalizePhone('555-010-12ab')).toBeNull();
  });
});

describe('window summary', () => {
  const line = (cents: number, snap: boolean, quantity = 1) => ({ itemId: 'x', name: { en: 'x', es: 'x' }, size: {}, unitPriceCents: cents, snapEligible: snap, quantity });
  it('counts orders, items, totals, SNAP share and pickup rate; ignores cancelled', () => {
    const s = summarize([
      { status: 'picked-up', lines: [line(300, true, 2), line(400, false)], finalTotalCents: 950 },
      { status: 'not-picked-up', lines: [line(1000, true)], finalTotalCents: null },
      { status: 'cancelled', lines: [line(5000, true)], finalTotalCents: null },
    ]);
    expect(s).toEqual({ orders: 2, items: 4, estimatedCents: 2000, finalCents: 950, snapCents: 1600, snapShare: 0.8, pickedUp: 1, notPickedUp: 1, pickupRate: 0.5 });
  });
  it('has no pickup rate before anything arrived', () => {
    expect(summarize([{ status: 'submitted', lines: [line(100, true)], finalTotalCents: null }]).pickupRate).toBeNull();
  });
});
