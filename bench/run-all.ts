// `npm run bench [-- store ui …]`: runs every benchmark in bench/figures.ts that package.json has a script for
// (or the named ones), one after another, and writes reports/bench.json and reports/bench.html, where each
// figure is drawn against its target. Each benchmark still prints its own RESULT line as it runs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as echarts from 'echarts';
import { benchmarks, meets, parseResult, type Benchmark, type Target } from './figures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'reports');

type Figure = Target & { value: number | null; met: boolean | null };
type Run = {
  script: string;
  title: string;
  status: 'ok' | 'failed' | 'no-result' | 'not-present';
  seconds: number;
  loadBefore: number;
  figures: Figure[];
  /** Keys of the RESULT line that have no target: reported as they are. */
  other: Record<string, number>;
};

function runScript(script: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (sink: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      sink.write(chunk);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function runOne(bench: Benchmark, present: boolean): Promise<Run> {
  const base = { script: bench.script, title: bench.title, loadBefore: os.loadavg()[0] ?? 0 };
  const empty = (status: Run['status'], seconds = 0): Run => ({
    ...base,
    status,
    seconds,
    figures: bench.targets.map((t) => ({ ...t, value: null, met: null })),
    other: {},
  });
  if (!present) return empty('not-present');
  console.log(`\n=== ${bench.script}: ${bench.title} (load ${base.loadBefore.toFixed(2)})`);
  const started = performance.now();
  const { code, output } = await runScript(bench.script);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const result = parseResult(output);
  if (!result) return empty(code === 0 ? 'no-result' : 'failed', seconds);
  const figures = bench.targets.map((t) => {
    const value = result[t.key] ?? null;
    return { ...t, value, met: value === null ? null : meets(t, value) };
  });
  const known = new Set(bench.targets.map((t) => t.key));
  const other = Object.fromEntries(Object.entries(result).filter(([key]) => !known.has(key)));
  return { ...base, status: code === 0 ? 'ok' : 'failed', seconds, figures, other };
}

/** One horizontal bar per figure with its target as a line, as an SVG string (ECharts' server-side renderer). */
function chart(figure: Figure): string {
  if (figure.value === null) return '<p class="none">not measured</p>';
  const max = Math.max(figure.value, figure.target, 1) * 1.25;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 520, height: 90 });
  instance.setOption({
    animation: false,
    grid: { left: 10, right: 30, top: 18, bottom: 24 },
    xAxis: { type: 'value', min: 0, max, axisLabel: { fontSize: 11 } },
    yAxis: { type: 'category', data: [''], axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: [figure.value],
        barWidth: 22,
        itemStyle: { color: figure.met ? '#1b6e3a' : '#a4161a' },
        label: { show: true, position: 'right', formatter: `${figure.value} ${figure.unit}` },
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#14213d', type: 'dashed', width: 2 },
          label: { formatter: `target ${figure.kind === 'max' ? '≤' : '≥'} ${figure.target}`, position: 'end' },
          data: [{ xAxis: figure.target }],
        },
      },
    ],
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return svg;
}

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function html(runs: Run[], at: string): string {
  const sections = runs.map((run) => {
    const rows = run.figures
      .map((f) => `<tr><td>${escape(f.label)}<br><code>${f.key}</code></td><td>${f.met === null ? '–' : f.met ? 'met' : '<strong>missed</strong>'}</td><td>${chart(f)}</td></tr>`)
      .join('');
    const other = Object.entries(run.other)
      .map(([key, value]) => `<code>${escape(key)}=${value}</code>`)
      .join(' ');
    return `<section><h2>${escape(run.title)} <small><code>npm run ${run.script}</code> · ${run.status} · ${run.seconds} s · load ${run.loadBefore.toFixed(2)}</small></h2>
${rows ? `<table>${rows}</table>` : ''}${other ? `<p>Also: ${other}</p>` : ''}</section>`;
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Commons Kiosk benchmarks</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#14213d}td{padding:.3rem .8rem;vertical-align:middle}small{font-weight:400;color:#3d4a63}.none{color:#3d4a63}</style>
<h1>Commons Kiosk benchmarks</h1><p>${escape(at)} · ${os.cpus().length} cores · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}</p>
${sections.join('\n')}</html>`;
}

async function main(): Promise<void> {
  const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const wanted = process.argv.slice(2).map((name) => (name.startsWith('bench:') ? name : `bench:${name}`));
  const unknown = wanted.filter((name) => !benchmarks.some((b) => b.script === name));
  if (unknown.length > 0) {
    console.error(`No benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.script).join(', ')}`);
    process.exit(2);
  }
  const chosen = wanted.length > 0 ? benchmarks.filter((b) => wanted.includes(b.script)) : benchmarks;
  const runs: Run[] = [];
  for (const bench of chosen) runs.push(await runOne(bench, bench.script in scripts));
  const at = new Date().toISOString();
  mkdirSync(reports, { recursive: true });
  writeFileSync(path.join(reports, 'bench.json'), `${JSON.stringify({ at, cores: os.cpus().length, node: process.version, runs }, null, 2)}\n`);
  writeFileSync(path.join(reports, 'bench.html'), html(runs, at));
  console.log('\n=== summary');
  for (const run of runs) {
    const figures = run.figures.map((f) => `${f.key}=${f.value ?? '–'}${f.met === false ? ' (missed)' : ''}`).join(' ');
    console.log(`${run.script}: ${run.status}${figures ? ` ${figures}` : ''}`);
  }
  console.log(`wrote reports/bench.json and reports/bench.html`);
  if (runs.some((r) => r.status === 'failed')) process.exit(1);
}

await main();
