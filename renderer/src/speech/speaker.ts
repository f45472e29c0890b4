// Speaks utterances: the system's voice for the language where it has one (Windows and macOS do), otherwise the
// offline eSpeak NG engine, loaded the first time it is needed. A new utterance stops the one before.
import { languageCodes, languageOf } from '../../../shared/languages';
import { loadEspeak, type Samples } from './espeak-engine';
import type { Segment } from './screen-text';

export type SpeechEngine = 'system' | 'espeak';
export type Speaker = {
  speak(segments: readonly Segment[], rate: number): Promise<void>;
  stop(): void;
  /** What the last utterance used, and how long its offline audio was in all (for the staff and the tests). */
  last(): { engine: SpeechEngine | null; seconds: number };
};

const espeakVoiceOf = (lang: string): string => {
  const code = languageCodes.find((c) => lang === c || lang.startsWith(`${c}-`)) ?? 'en';
  return languageOf(code).speechVoice;
};

function systemVoice(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const code = lang.toLowerCase().split('-')[0] ?? lang;
  const voices = speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === code);
  // A voice on the machine, never one that streams from a vendor's servers.
  return voices.find((v) => v.localService && v.default) ?? voices.find((v) => v.localService);
}

/** `audio` is made at the tap that turned read-aloud on, so the browser lets it play. */
export function createSpeaker(audio: AudioContext): Speaker {
  let generation = 0;
  let playing: AudioBufferSourceNode | null = null;
  let last: ReturnType<Speaker['last']> = { engine: null, seconds: 0 };

  const play = (samples: Samples, run: number) =>
    new Promise<void>((resolve) => {
      if (run !== generation || samples.samples.length === 0) return resolve();
      const buffer = audio.createBuffer(1, samples.samples.length, samples.sampleRate);
      buffer.copyToChannel(Float32Array.from(samples.samples), 0);
      const source = audio.createBufferSource();
      source.buffer = buffer;
      source.connect(audio.destination);
      source.onended = () => resolve();
      playing = source;
      source.start();
    });

  const system = (segment: Segment, voice: SpeechSynthesisVoice, rate: number) =>
    new Promise<void>((resolve) => {
      const utterance = new SpeechSynthesisUtterance(segment.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      utterance.onend = () => resolve();
      utterance.onerror = () => resolve();
      speechSynthesis.speak(utterance);
    });

  const stop = () => {
    generation += 1;
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    try {
      playing?.stop();
    } catch {
      // Already ended.
    }
    playing = null;
  };

  return {
    async speak(segments, rate) {
      stop();
      const run = generation;
      last = { engine: null, seconds: 0 };
      if (audio.state === 'suspended') await audio.resume();
      for (const segment of segments) {
        if (run !== generation) return;
        const voice = systemVoice(segment.lang);
        if (voice) {
          last = { engine: 'system', seconds: 0 };
          await system(segment, voice, rate);
          continue;
        }
        const samples = await (await loadEspeak())(segment.text, espeakVoiceOf(segment.lang), rate);
        if (run !== generation) return;
        last = { engine: 'espeak', seconds: last.seconds + samples.samples.length / samples.sampleRate };
        await play(samples, run);
      }
    },
    stop,
    last: () => last,
  };
}
