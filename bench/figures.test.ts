import { describe, expect, it } from 'vitest';
import { benchmarks, meets, parseResult } from './figures';

describe('benchmark RESULT lines', () => {
  it('takes the last RESULT line and its numeric figures', () => {
    const output = 'warming up\nRESULT a=1\nnoise\nRESULT tap_p95_ms=21.5 js_gzip_kb=140 note=n/a\n';
    expect(parseResult(output)).toEqual({ tap_p95_ms: 21.5, js_gzip_kb: 140 });
    expect(parseResult('no result here')).toBeNull();
  });

  it('checks a figure against its target in the right direction', () => {
    const tap = benchmarks.find((b) => b.script === 'bench:ui')?.targets.find((t) => t.key === 'tap_p95_ms');
    expect(tap).toBeDefined();
    if (!tap) return;
    expect(meets(tap, 33)).toBe(true);
    expect(meets(tap, 34)).toBe(false);
    expect(meets({ ...tap, kind: 'min', target: 10 }, 9)).toBe(false);
  });

  it('names each benchmark once, each figure once within it', () => {
    const scripts = benchmarks.map((b) => b.script);
    expect(new Set(scripts).size).toBe(scripts.length);
    for (const b of benchmarks) expect(new Set(b.targets.map((t) => t.key)).size).toBe(b.targets.length);
  });
});
