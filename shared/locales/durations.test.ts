import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { lengthSpan, roundedUpSpan } from '../domain/format';
import { setNumberingSystems, type LanguageCode } from '../languages';
import { sayDuration } from './durations';
import { digitsFormatter, i18nextOptions } from './i18n-setup';
import { resources } from './resources';

const translator = (language: LanguageCode) => {
  const instance = i18next.createInstance().use(digitsFormatter);
  void instance.init(i18nextOptions(language, resources));
  return instance.t.bind(instance);
};
const say = (language: LanguageCode, span: Parameters<typeof sayDuration>[1]) => sayDuration(translator(language), span, language);
const days = (n: number) => roundedUpSpan(n * 24 * 60);

afterEach(() => setNumberingSystems({}));

describe('spans of time in words', () => {
  it('counts days, hours and minutes with the plural forms of each language', () => {
    expect([1, 7].map((n) => say('en', days(n)))).toEqual(['1 day', '7 days']);
    expect(say('en', lengthSpan(90))).toBe('1 hour and 30 minutes');
    expect([1, 7].map((n) => say('es', days(n)))).toEqual(['1 día', '7 días']);
    expect(say('es', lengthSpan(90))).toBe('1 hora y 30 minutos');
    // Arabic: one, two (the dual), 3–10, 11–99, 100.
    expect([1, 2, 3, 11, 100].map((n) => say('ar', days(n)))).toEqual(['يوم واحد', 'يومين', '3 أيام', '11 يومًا', '100 يوم']);
    expect([1, 2, 5, 20].map((n) => say('ar', roundedUpSpan(n * 60)))).toEqual(['ساعة واحدة', 'ساعتين', '5 ساعات', '20 ساعة']);
    expect(say('ar', lengthSpan(90))).toBe('ساعة واحدة و30 دقيقة');
    expect(say('vi', days(7))).toBe('7 ngày');
    expect(say('vi', lengthSpan(90))).toBe('1 giờ và 30 phút');
    setNumberingSystems({ ar: 'arab' });
    expect(say('ar', days(7))).toBe('٧ أيام');
  });

  it('says a mentor cut-off of a week as days, never "168 hours"', () => {
    const t = translator('en');
    const text = t('hive.cancelRule.tooLate', { duration: sayDuration(t, roundedUpSpan(168 * 60), 'en'), phone: '(555) 010-4400' });
    expect(text).toBe('This time is less than 7 days away, so it cannot be cancelled at the kiosk. To cancel or change it, call the branch at (555) 010-4400 or ask at the desk.');
    const ar = translator('ar');
    expect(ar('hive.cancelRule.tooLate', { duration: sayDuration(ar, roundedUpSpan(48 * 60), 'ar'), context: 'noPhone' })).toContain('أقل من يومين،');
  });
});
