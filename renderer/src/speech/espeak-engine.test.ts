// The offline voice for real: the eSpeak NG WebAssembly build the renderer ships, run in Node, turns a sentence in
// each shipped language (its voice from the language list) into audio that is long enough and loud enough.
// Read-aloud in Chromium, under the kiosk's security policy, is e2e/read-aloud.spec.ts.
import factory from 'espeak-ng';
import { describe, expect, it } from 'vitest';
import { languageOf, type LanguageCode } from '../../../shared/languages';
import { resources } from '../../../shared/locales/resources';
import { espeakArguments, readWav, synthesize, wordsPerMinute, type Samples } from './espeak-engine';

// In Node the engine reads its own .wasm file next to its script (the renderer passes the module compiled once).
const compiled = null;

const seconds = (a: Samples) => a.samples.length / a.sampleRate;
const rms = (a: Samples) => Math.sqrt(a.samples.reduce((sum, x) => sum + x * x, 0) / Math.max(1, a.samples.length));

describe('the offline eSpeak NG voice', () => {
  // A sentence each patron hears: the read-aloud button's own name and the first screener question.
  for (const code of ['en', 'es', 'ar', 'vi'] as const satisfies readonly LanguageCode[]) {
    it(`speaks ${code} (${languageOf(code).speechVoice}): a sentence becomes audible audio`, async () => {
      const sentence = `${resources[code].translation.readAloud.button}. ${resources[code].translation.nurse.screener.questions.livingSituation.text}`;
      const audio = await synthesize(factory, compiled, sentence, languageOf(code).speechVoice, 1);
      expect(audio.sampleRate).toBe(22050);
      expect(seconds(audio)).toBeGreaterThan(1);
      expect(seconds(audio)).toBeLessThan(20);
      expect(rms(audio)).toBeGreaterThan(0.02);
    });
  }

  it('speaks slower and faster as the patron asks', async () => {
    const sentence = resources.en.translation.nurse.screener.consentTitle;
    const [slow, usual, fast] = await Promise.all([0.6, 1, 1.6].map((rate) => synthesize(factory, compiled, sentence, 'en-us', rate)));
    expect(seconds(slow!)).toBeGreaterThan(seconds(usual!) * 1.3);
    expect(seconds(fast!)).toBeLessThan(seconds(usual!) * 0.8);
  });

  it('keeps the rate within what eSpeak accepts, and never reads text as an option', () => {
    expect([0.1, 1, 9].map(wordsPerMinute)).toEqual([80, 160, 450]);
    expect(espeakArguments('-s 900', 'en-us', 1).at(-1)).toBe(' -s 900');
  });

  it('refuses what is not a 16-bit WAV', () => {
    expect(() => readWav(new TextEncoder().encode('not a wav at all'))).toThrow(/WAV/);
  });
});
