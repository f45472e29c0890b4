import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../shared/languages';
import { demoResources } from './demo-directory';

describe('demo referral directory', () => {
  it('has every entry in every language the app ships, every field filled and written in that language', () => {
    for (const resource of demoResources()) {
      const english = resource.text.en;
      for (const language of languageCodes) {
        const text = resource.text[language];
        expect(text, `${resource.id} in ${language}`).toBeDefined();
        for (const [field, value] of Object.entries(text ?? {})) expect(String(value).trim(), `${resource.id} ${language} ${field}`).not.toBe('');
        // Not the English text copied: what it helps with reads differently in every other language.
        if (language !== 'en') expect(text?.helpsWith, `${resource.id} in ${language}`).not.toBe(english?.helpsWith);
      }
      expect(/[\u0600-\u06ff]/.test(resource.text.ar?.helpsWith ?? ''), `${resource.id} in Arabic script`).toBe(true);
    }
  });
});
