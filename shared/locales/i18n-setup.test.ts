import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { setNumberingSystems } from '../languages';
import { digitsFormatter, i18nextOptions } from './i18n-setup';

const translator = (language: string) => {
  const instance = i18next.createInstance().use(digitsFormatter);
  void instance.init(i18nextOptions(language));
  return instance.t.bind(instance);
};

afterEach(() => setNumberingSystems({}));

describe('strings with numbers', () => {
  it('pick the plural form of the language and write the count in the digits the branch chose', () => {
    const ar = translator('ar');
    expect(ar('grocery.cart.itemCount', { count: 2 })).toBe('منتجان');
    expect(ar('grocery.cart.itemCount', { count: 3 })).toBe('3 منتجات');
    expect(ar('grocery.cart.itemCount', { count: 11 })).toBe('11 منتجًا');
    expect(ar('grocery.cart.itemCount', { count: 100 })).toBe('100 منتج');
    setNumberingSystems({ ar: 'arab' });
    expect(ar('grocery.cart.itemCount', { count: 3 })).toBe('٣ منتجات');
    // Text values (a phone number, a code) are never changed.
    expect(ar('help.phone', { phone: '(555) 010-4400' })).toContain('(555) 010-4400');
    expect(translator('vi')('grocery.cart.itemCount', { count: 1 })).toBe('1 mặt hàng');
    expect(translator('en')('grocery.cart.itemCount', { count: 1 })).toBe('1 item');
  });
});

describe('phone numbers in a sentence', () => {
  it('are isolated as left-to-right in Arabic, so "(555) 010-4400" keeps its order, and left as they are elsewhere', () => {
    const phone = '(555) 010-4400';
    expect(translator('ar')('hive.cancelRule.day', { phone })).toContain(`\u2066${phone}\u2069`);
    expect(translator('en')('hive.cancelRule.day', { phone })).toBe(`These times cannot be cancelled at the kiosk. To cancel or change one, call the branch at ${phone}.`);
    expect(translator('vi')('hive.cancelRule.day', { phone })).not.toContain('\u2066');
  });
});
