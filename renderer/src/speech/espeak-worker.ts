// eSpeak NG off the page's thread: one utterance per message, answered with its samples (see loadEspeak).
import { synthesize, type SpeechAnswer, type SpeechRequest, type Synthesizer } from './espeak-engine';

/** The engine's script, then its module compiled once. */
async function compileEspeak(): Promise<Synthesizer> {
  const [{ default: factory }, { default: wasmUrl }] = await Promise.all([import('espeak-ng'), import('espeak-ng/dist/espeak-ng.wasm?url')]);
  const response = await fetch(wasmUrl);
  // A host that serves .wasm under another type still works: compiled from the bytes.
  const compiled = response.headers.get('content-type')?.startsWith('application/wasm')
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await response.arrayBuffer());
  return (text, voice, rate) => synthesize(factory, compiled, text, voice, rate);
}

let engine: Promise<Synthesizer> | null = null;

self.onmessage = async (event: MessageEvent<SpeechRequest>) => {
  const { id, text, voice, rate } = event.data;
  try {
    engine ??= compileEspeak();
    const { sampleRate, samples } = await (await engine)(text, voice, rate);
    self.postMessage({ id, sampleRate, samples } satisfies SpeechAnswer, { transfer: [samples.buffer] });
  } catch (error) {
    // A failed load is tried again with the next utterance.
    engine = null;
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies SpeechAnswer);
  }
};
