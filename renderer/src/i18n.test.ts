// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { currentLanguage, switchLanguage } from './i18n';

describe('switchLanguage', () => {
  const changes: string[] = [];
  const onChanged = (lng: string) => changes.push(lng);
  afterEach(async () => {
    i18n.off('languageChanged', onChanged);
    changes.length = 0;
    await i18n.changeLanguage('en');
  });

  it('leaves the language on screen alone: no change announced, so nothing renders again', async () => {
    await i18n.changeLanguage('en');
    i18n.on('languageChanged', onChanged);
    expect(switchLanguage('en')).toBeUndefined();
    await Promise.resolve();
    expect(changes).toEqual([]);
  });

  it('switches to another language, waiting for its strings the first time', async () => {
    i18n.on('languageChanged', onChanged);
    const loading = switchLanguage('es');
    expect(loading).toBeInstanceOf(Promise);
    await loading;
    expect(currentLanguage()).toBe('es');
    expect(i18n.t('language.choose')).not.toBe(i18n.t('language.choose', { lng: 'en' }));
    // Loaded now: at once.
    await i18n.changeLanguage('en');
    expect(switchLanguage('es')).toBeUndefined();
    expect(currentLanguage()).toBe('es');
    expect(changes).toEqual(['es', 'en', 'es']);
  });

  it('a pick of the language on screen while another still loads wins over it', async () => {
    await i18n.changeLanguage('en');
    const loading = switchLanguage('vi');
    expect(switchLanguage('en')).toBeUndefined();
    await loading;
    expect(currentLanguage()).toBe('en');
  });
});
