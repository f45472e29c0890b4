// The offline voice: eSpeak NG compiled to WebAssembly (npm `espeak-ng`, GPL-3.0-or-later, a devDependency
// bundled into the renderer). Its command line runs once per utterance, in memory, and writes a WAV file that is
// read back as samples, in a worker (espeak-worker.ts) so the page stays responsive. Nothing is fetched from a network:
// the engine and its voices are one file of the app.
import type EspeakFactory from 'espeak-ng';

export type Samples = { sampleRate: number; samples: Float32Array };
type Factory = typeof EspeakFactory;

/** eSpeak's own speed is words per minute; 1 is its usual pace for a kiosk (a little slower than its default 175). */
export const wordsPerMinute = (rate: number): number => Math.round(Math.min(450, Math.max(80, 160 * rate)));

/** The command line for one utterance (text that starts with "-" is not read as an option). */
export const espeakArguments = (text: string, voice: string, rate: number): string[] => [
  '-v',
  voice,
  '-s',
  String(wordsPerMinute(rate)),
  '-w',
  '/utterance.wav',
  text.startsWith('-') ? ` ${text}` : text,
];

/** 16-bit PCM WAV (what eSpeak writes) to samples between -1 and 1; the first channel of several. */
export function readWav(bytes: Uint8Array): Samples {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let sampleRate = 0;
  let channels = 1;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ') {
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
      if (view.getUint16(at + 22, true) !== 16) throw new Error('not 16-bit PCM');
    } else if (tag(at) === 'data') {
      // eSpeak writing to a file it cannot seek leaves the size at 0 or past the end: the rest of the file is the data.
      const end = size === 0 || at + 8 + size > bytes.length ? bytes.length : at + 8 + size;
      const frames = Math.floor((end - at - 8) / 2 / channels);
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i += 1) samples[i] = view.getInt16(at + 8 + i * 2 * channels, true) / 32768;
      return { sampleRate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('a WAV file without data');
}

/** One utterance in `voice`, at `rate` (1 usual, 0.6 slower ... 1.6 faster). */
export async function synthesize(factory: Factory, compiled: WebAssembly.Module | null, text: string, voice: string, rate: number): Promise<Samples> {
  const engine = await factory({
    arguments: espeakArguments(text, voice, rate),
    print: () => undefined,
    printErr: () => undefined,
    ...(compiled
      ? {
          instantiateWasm: (imports, receive) => {
            void WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
            return {};
          },
        }
      : {}),
  });
  return readWav(engine.FS.readFile('/utterance.wav'));
}

export type Synthesizer = (text: string, voice: string, rate: number) => Promise<Samples>;

/** What the page asks the worker, and what it answers (the samples' buffer is handed over, not copied). */
export type SpeechRequest = { id: number; text: string; voice: string; rate: number };
export type SpeechAnswer = { id: number; sampleRate: number; samples: Float32Array } | { id: number; error: string };

let loading: Promise<Synthesizer> | null = null;

/**
 * Starts the engine the first time read-aloud needs it (never before), in a worker: making a block's audio takes
 * 0.2 to 2 s of CPU, and on the page's own thread every touch and frame would wait for it.
 */
export function loadEspeak(): Promise<Synthesizer> {
  loading ??= new Promise<Synthesizer>((resolve, reject) => {
    const worker = new Worker(new URL('./espeak-worker.ts', import.meta.url), { type: 'module', name: 'espeak-ng' });
    const waiting = new Map<number, { resolve(samples: Samples): void; reject(error: Error): void }>();
    let next = 0;
    const failAll = (error: Error) => {
      for (const { reject: fail } of waiting.values()) fail(error);
      waiting.clear();
    };
    worker.onmessage = (event: MessageEvent<SpeechAnswer>) => {
      const answer = event.data;
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('error' in answer) pending?.reject(new Error(answer.error));
      else pending?.resolve({ sampleRate: answer.sampleRate, samples: answer.samples });
    };
    worker.onerror = (event) => {
      // The worker's script did not load or run: read-aloud may try again when next turned on.
      event.preventDefault();
      worker.terminate();
      loading = null;
      const error = new Error(event.message || 'the speech worker failed');
      failAll(error);
      reject(error);
    };
    resolve(
      (text, voice, rate) =>
        new Promise<Samples>((done, fail) => {
          const id = next++;
          waiting.set(id, { resolve: done, reject: fail });
          worker.postMessage({ id, text, voice, rate } satisfies SpeechRequest);
        }),
    );
  });
  return loading;
}
