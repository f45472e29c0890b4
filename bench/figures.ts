// Every benchmark `npm run bench` runs, and the target for each figure its RESULT line prints.
// A benchmark's last line is `RESULT key=value key=value …`; a key listed here is checked against its target,
// other keys are reported as they are.

export type Target = {
  key: string;
  /** What the figure means, for the report. */
  label: string;
  unit: 'ms' | 'KB' | '%' | 'MB' | 'count' | '×';
  /** `max`: the figure must be at most `target`; `min`: at least. */
  kind: 'max' | 'min';
  target: number;
};

export type Benchmark = { script: string; title: string; targets: Target[] };

export const benchmarks: Benchmark[] = [
  {
    script: 'bench:store',
    title: 'Store: durable insert with 50k records',
    // Issue 14: a durable write's p95 stays within 2× the fsync floor measured in the same run.
    targets: [{ key: 'p95_over_fsync_floor', label: 'durable insert p95 ÷ fsync floor', unit: '×', kind: 'max', target: 2 }],
  },
  {
    script: 'bench:print',
    title: 'Printing: template to PDF',
    targets: [{ key: 'print_pdf_p95_ms', label: 'warm template → PDF p95', unit: 'ms', kind: 'max', target: 300 }],
  },
  {
    script: 'bench:open',
    title: 'Store: opening a data directory with 50k records',
    targets: [
      { key: 'store_open_ms_50k', label: 'open at 50k records', unit: 'ms', kind: 'max', target: 200 },
      { key: 'store_open_heap_mb_50k', label: 'heap after open at 50k records', unit: 'MB', kind: 'max', target: 30 },
    ],
  },
  {
    script: 'bench:hive',
    title: 'Hive: open mentor times',
    targets: [{ key: 'open_times_p95_ms', label: 'hive.openTimes p95, 5 mentors, 60-day horizon', unit: 'ms', kind: 'max', target: 5 }],
  },
  {
    script: 'bench:ui',
    title: 'Renderer at 1080×1920 in Chromium',
    targets: [
      { key: 'tap_p95_ms', label: 'tap → next frame p95', unit: 'ms', kind: 'max', target: 33 },
      { key: 'tap_p95_ms_x4', label: 'tap → next frame p95, CPU ×4 slower', unit: 'ms', kind: 'max', target: 100 },
      { key: 'fcp_ms', label: 'first contentful paint', unit: 'ms', kind: 'max', target: 250 },
      { key: 'fcp_ms_x4', label: 'first contentful paint, CPU ×4 slower', unit: 'ms', kind: 'max', target: 500 },
      { key: 'js_gzip_kb', label: 'initial JavaScript, gzip', unit: 'KB', kind: 'max', target: 150 },
      { key: 'heap_growth_pct', label: 'heap growth, session 100 → 2,000', unit: '%', kind: 'max', target: 5 },
    ],
  },
  {
    script: 'bench:crash',
    title: 'Crash: SIGKILL during bursts of patron writes',
    targets: [
      { key: 'lost', label: 'acknowledged writes lost', unit: 'count', kind: 'max', target: 0 },
      { key: 'unreadable', label: 'unreadable files after restart', unit: 'count', kind: 'max', target: 0 },
    ],
  },
  {
    script: 'bench:soak',
    title: 'Soak: seven compressed days of a busy branch',
    targets: [
      { key: 'errors', label: 'errors', unit: 'count', kind: 'max', target: 0 },
      { key: 'lost', label: 'records lost', unit: 'count', kind: 'max', target: 0 },
    ],
  },
  {
    script: 'bench:branch',
    title: 'Branch network: four paired clients over TLS',
    targets: [
      { key: 'push_p95_ms', label: 'change → another device p95', unit: 'ms', kind: 'max', target: 250 },
      { key: 'call_p95_ms', label: 'TLS call overhead over loopback HTTP, p95', unit: 'ms', kind: 'max', target: 5 },
    ],
  },
  {
    script: 'bench:impact',
    title: 'Impact: a year of daily counts',
    targets: [
      { key: 'impact_render_ms', label: 'Impact screen render', unit: 'ms', kind: 'max', target: 300 },
      { key: 'report_pdf_ms', label: 'monthly partner report PDF', unit: 'ms', kind: 'max', target: 1000 },
    ],
  },
];

/** `RESULT a=1 b=2.5` → { a: 1, b: 2.5 }; the last RESULT line of the output counts. */
export function parseResult(output: string): Record<string, number> | null {
  const line = output
    .split('\n')
    .filter((l) => l.startsWith('RESULT '))
    .at(-1);
  if (!line) return null;
  const figures: Record<string, number> = {};
  for (const pair of line.slice('RESULT '.length).trim().split(/\s+/)) {
    const [key, raw] = pair.split('=');
    const value = Number(raw);
    if (key && raw !== undefined && Number.isFinite(value)) figures[key] = value;
  }
  return figures;
}

export const meets = (t: Target, value: number): boolean => (t.kind === 'max' ? value <= t.target : value >= t.target);
