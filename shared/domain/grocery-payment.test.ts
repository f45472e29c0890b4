import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../locales/resources';
import { bringLine, whatToBring } from './grocery-payment';

const totals = { snapCents: 1427, otherCents: 249 };
/** i18next over the app's locale files, as the renderer and the printouts use it. */
const t = (language: 'en' | 'es') => {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return (key: string, options?: Record<string, unknown>) => instance.t(key, options);
};

describe('what to bring to pickup', () => {
  it('splits a SNAP order with other items: the EBT card for the SNAP part, another way for the rest', () => {
    const parts = whatToBring(totals, 'snap', ['snap', 'card', 'cash']);
    expect(parts).toEqual([
      { way: 'snap', cents: 1427, ways: ['snap'] },
      { way: 'other', cents: 249, ways: ['card', 'cash'] },
    ]);
    expect(parts.map((p) => bringLine(p, 'en', t('en')))).toEqual([
      'Your EBT card (swiped at pickup) for $14.27: the SNAP items',
      'Another way to pay (card or cash) for $2.49: the items SNAP does not cover',
    ]);
    expect(bringLine(parts[1] ?? parts[0]!, 'es', t('es'))).toBe('Otra forma de pago (tarjeta o efectivo) para $2.49: los productos que SNAP no cubre');
  });

  it('names only the ways the branch takes, and says to ask when it takes no other', () => {
    expect(whatToBring(totals, 'snap', ['snap', 'cash'])[1]).toEqual({ way: 'other', cents: 249, ways: ['cash'] });
    const none = whatToBring(totals, 'snap', ['snap'])[1];
    expect(none).toEqual({ way: 'other', cents: 249, ways: [] });
    expect(bringLine(none!, 'en', t('en'))).toBe('Another way to pay for $2.49: SNAP does not cover these items. Please ask at the desk how.');
  });

  it('is one part for a SNAP-only order, a non-SNAP-only order, and card or cash orders', () => {
    expect(whatToBring({ snapCents: 500, otherCents: 0 }, 'snap', ['snap', 'card'])).toEqual([{ way: 'snap', cents: 500, ways: ['snap'] }]);
    expect(whatToBring({ snapCents: 0, otherCents: 300 }, 'snap', ['snap', 'card'])).toEqual([{ way: 'other', cents: 300, ways: ['card'] }]);
    expect(whatToBring(totals, 'card', ['snap', 'card'])).toEqual([{ way: 'card', cents: 1676, ways: ['card'] }]);
    expect(bringLine({ way: 'cash', cents: 1676, ways: ['cash'] }, 'es', t('es'))).toBe('Efectivo para $16.76');
  });
});
