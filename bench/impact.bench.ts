// `npm run bench:impact`: the Impact screen and the monthly partner report over a year of daily counts for
// every area (the demo's history: 365 days of grocery, Hive, nurse and cross-service counts).
//  - impact_render_ms: in Chromium against the built browser host, from choosing a program (or per week /
//    per month) to its figures and every chart drawn on the page: p95 of 4 programs × 2 periods × 3 rounds.
//  - report_pdf_ms: `impact.reportPdf` through the real print pipeline (layout, ECharts SVG, Chromium PDF),
//    warm: p95 of 4 programs × 5 rounds.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { openBackend } from '../electron/backend/backend';
import { chromiumArgs, findChromium } from '../electron/backend/printing/pdf-engine';
import { noPrinters } from '../electron/backend/printing/printers';
import { aesGcmCodec } from '../electron/backend/store/codec';
import { randomBytes } from 'node:crypto';
import { startDemoHost } from './demo-host';
import { demoStaff as demoMembers } from '../electron/backend/platform/demo';
import { countAreas } from '../shared/domain/impact-counts';

const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const admin = demoMembers.find((m) => m.role === 'admin')!;
const demoStaff = { admin: { name: admin.name, pin: admin.pin } };

const labels = { grocery: 'Books & Bread', hive: 'Hive', nurse: 'Library Nurse', visit: 'Across services' } as const;

async function screenRender(): Promise<{ firstOpenMs: number; samples: number[] }> {
  const build = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const host = await startDemoHost('bench-impact-host-');
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Staff', exact: true }).click();
    await page.getByRole('button', { name: demoStaff.admin.name, exact: true }).click();
    for (const digit of demoStaff.admin.pin) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Drawn: the summary names the program and every chart has its SVG.
    const drawn = (section: string) =>
      page.waitForFunction(
        (name) => {
          // Runs in the page; this project has no DOM types, so the little it uses is typed here.
          type El = { textContent: string | null; querySelector(s: string): El | null };
          const doc = (globalThis as unknown as { document: El & { querySelectorAll(s: string): ArrayLike<El> } }).document;
          const charts = Array.from(doc.querySelectorAll('.impact-chart'));
          return doc.querySelector('#impact-figures-heading')?.textContent === name && charts.length > 0 && charts.every((c) => c.querySelector('svg') !== null);
        },
        section,
        { polling: 'raf', timeout: 30_000 },
      );
    let started = performance.now();
    await page.getByRole('button', { name: 'Impact', exact: true }).click();
    await drawn(labels.grocery);
    const firstOpenMs = performance.now() - started;
    // A year per week: the widest ordinary view.
    await page.getByLabel('From').fill(new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10));
    await drawn(labels.grocery);
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const per of ['Per month', 'Per week']) {
        await page.getByRole('radio', { name: per }).check();
        for (const area of countAreas) {
          // Another program first, so each choice draws anew.
          const other = area === 'grocery' ? 'hive' : 'grocery';
          await page.getByRole('radio', { name: labels[other] }).check();
          await drawn(labels[other]);
          await page.waitForTimeout(50);
          started = performance.now();
          await page.getByRole('radio', { name: labels[area] }).check();
          await drawn(labels[area]);
          samples.push(performance.now() - started);
        }
      }
    }
    return { firstOpenMs, samples };
  } finally {
    await browser.close();
    await host.stop();
  }
}

async function reportPdf(): Promise<number[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-impact-'));
  const backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(randomBytes(32)), demo: true, printing: { system: noPrinters, tickMs: 0 } });
  try {
    const admin = { clientId: 'bench-admin', deviceId: 'bench-desk', device: null };
    const id = backend.platform.staff.list().find((m) => m.name === demoStaff.admin.name)?.id;
    const signIn = await backend.dispatch('staff.signIn', { staffId: id, pin: demoStaff.admin.pin }, admin);
    if (!signIn.ok) throw new Error(signIn.error.code);
    const month = new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 7);
    const one = async (section: string) => {
      const started = performance.now();
      const result = await backend.dispatch('impact.reportPdf', { section, month, language: 'en' }, admin);
      if (!result.ok) throw new Error(result.error.code);
      if (!Buffer.from((result.value as { pdfBase64: string }).pdfBase64, 'base64').subarray(0, 5).toString().startsWith('%PDF-')) throw new Error('not a PDF');
      return performance.now() - started;
    };
    // Warm: Chromium started, ECharts loaded.
    for (const section of countAreas) await one(section);
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) for (const section of countAreas) samples.push(await one(section));
    return samples;
  } finally {
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
console.log(`load average before: ${load()}`);
const screen = await screenRender();
const pdf = await reportPdf();
const render95 = percentile(screen.samples, 95);
const pdf95 = percentile(pdf, 95);
console.log(`Impact screen, first open (chunk + figures + charts): ${screen.firstOpenMs.toFixed(0)} ms`);
console.log(`Impact screen, choose a program (a year of counts), ${screen.samples.length} draws: p50 ${percentile(screen.samples, 50).toFixed(0)} ms, p95 ${render95.toFixed(0)} ms (target ≤ 300)`);
console.log(`Monthly report PDF, ${pdf.length} warm renders: p50 ${percentile(pdf, 50).toFixed(0)} ms, p95 ${pdf95.toFixed(0)} ms (target ≤ 1000)`);
console.log(`load average after: ${load()}`);
console.log(`RESULT impact_render_ms=${Math.round(render95)} report_pdf_ms=${Math.round(pdf95)} impact_first_open_ms=${Math.round(screen.firstOpenMs)}`);
