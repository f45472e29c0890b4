// What a browser must load before the renderer's first paint: the entry script of index.html and every chunk it
// imports statically, transitively (dynamic `import()`s, the lazy screens and languages, are left out).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Chunk = { file: string; bytes: number; gzipBytes: number; text: string };

// Static imports in minified output: `import"./a.js"` and `from"./a.js"` (not `import("./a.js")`).
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.\/[^"']+\.js)["']/g;

export function initialChunks(rendererDir: string): Chunk[] {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Map<string, Chunk>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const bytes = Buffer.byteLength(text);
    seen.set(file, { file: path.relative(rendererDir, file), bytes, gzipBytes: gzipSync(text, { level: 9 }).length, text });
    for (const match of text.matchAll(STATIC_IMPORT)) visit(path.resolve(path.dirname(file), match[1] ?? ''));
  };
  for (const src of entries) visit(path.resolve(rendererDir, src));
  return [...seen.values()];
}

/** Does this built chunk hold zod? (Its classes keep their names in minified code.) */
export const isZod = (text: string): boolean => /\$Zod[A-Z]\w+|"ZodError"/.test(text);
