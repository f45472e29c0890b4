// Small helpers the benchmarks share: percentiles and the machine's load, printed next to every figure.
import os from 'node:os';

export const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};

/** "load 1.92 2.10 2.31 on 2 CPUs": other work on the machine skews every figure, so it is printed with them. */
export const loadLine = (): string => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`;

/** The 1-minute load average, for RESULT lines. */
export const load1 = (): string => (os.loadavg()[0] ?? 0).toFixed(2);
