// The eSpeak NG WebAssembly build (npm `espeak-ng`): an Emscripten module factory that runs the espeak-ng
// command line with `arguments` and keeps its files in memory.
declare module 'espeak-ng' {
  export type EspeakOptions = {
    arguments: string[];
    print?: (line: string) => void;
    printErr?: (line: string) => void;
    /** Instantiates the engine from a module compiled once, instead of fetching and compiling it per utterance. */
    instantiateWasm?: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => object;
  };
  export type EspeakInstance = { FS: { readFile(path: string): Uint8Array } };
  const factory: (options: EspeakOptions) => Promise<EspeakInstance>;
  export default factory;
}
