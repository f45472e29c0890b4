// `npm run bench:ui`: the built renderer (out/renderer, KIOSK_OUT) served by the real browser host with --demo, in
// Debian's Chromium at 1080×1920, with scripted patron visits in all three services. Prints:
// - tap → next frame painted, p95: from a tap's click event to the end of the next frame after it (a click listener
//   in the capture phase asks for the frame after the one the tap's handlers update), over every tap of the visits;
// - first contentful paint: the median of 5 loads of a kiosk that has started before (its saved settings there),
//   with the browser's caches off;
// - each of those unthrottled and with Chromium's CPU throttled 4× (DevTools' Emulation.setCPUThrottlingRate);
// - the JavaScript loaded before the first paint, gzipped;
// - the renderer's heap (after a forced GC) growing from visit 100 to visit 2,000 (UI_SESSIONS to change the last).
// Self-contained (node, playwright-core, the built output) so the same file measures an older build side by side.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Locator, type Page } from 'playwright-core';
import { initialChunks } from '../scripts/initial-chunks';
import { out, startDemoHost } from './demo-host';
import { load1, loadLine, percentile } from './stats';

const SESSIONS = Number(process.env.UI_SESSIONS ?? 2000);
const HEAP_FROM = 100;
// UI_HEAP_ONLY=1 runs the heap part alone; UI_HEAP_SNAPSHOTS=DIR also writes a heap snapshot (after the forced GC) at
// visit 100 and at the end, to compare with `tsx bench/heap-diff.ts` (what survives, by constructor and retainer).
const HEAP_ONLY = process.env.UI_HEAP_ONLY === '1';
const SNAPSHOTS = process.env.UI_HEAP_SNAPSHOTS;
const MEASURED_VISITS = 9;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];


/** The nurse in all week, so check-in is open whenever the benchmark runs (as a nurse would set it at the desk). */
async function nurseInAllWeek(url: string): Promise<void> {
  const token = /name="kiosk-token" content="([^"]+)"/.exec(await (await fetch(url)).text())?.[1] ?? '';
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const response = await fetch(new URL(`api/${name}`, url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': 'bench-setup' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.code}`);
    return body.value;
  };
  const noor = ((await call('staff.names', {})) as { id: string; name: string }[]).find((n) => n.name === 'Noor');
  await call('staff.signIn', { staffId: noor?.id, pin: '333333' });
  const settings = (await call('nurse.settings', {})) as Record<string, unknown>;
  await call('nurse.updateSettings', { ...settings, weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' })) });
  await call('staff.signOut', {});
}

/** Every click's delay to the end of the next frame, collected in the page (a script: this file has no DOM types). */
const tapProbe = `
  window.__taps = [];
  window.addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__taps?.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  }, true);
`;

const byName = (page: Page, name: RegExp): Locator => page.getByRole('button', { name }).or(page.getByRole('radio', { name }));

/** Taps the first of `candidates` that shows within the time (the older and the rebuilt screens name things alike). */
async function tap(page: Page, candidates: Locator[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const candidate of candidates) {
      const first = candidate.first();
      if (await first.isVisible()) {
        await first.click();
        return;
      }
    }
    if (Date.now() > deadline) throw new Error(`none of ${candidates.map(String).join(', ')} showed`);
    await page.waitForTimeout(5);
  }
}

const touchToStart = (page: Page) => byName(page, /^Touch to start/);

/** Back to the attract screen the way a patron leaves: Home (or Cancel, or Back), yes to clearing, Start over. */
async function leave(page: Page): Promise<void> {
  for (let i = 0; i < 8; i++) {
    if (await touchToStart(page).first().isVisible()) return;
    await tap(page, [
      touchToStart(page),
      byName(page, /^Start over$/),
      byName(page, /^Yes/),
      page.locator('[data-action=home]'),
      byName(page, /^Cancel order$/),
      byName(page, /^Cancel$/),
      byName(page, /^‹?Back$/),
    ]);
    if (await touchToStart(page).first().isVisible()) return;
  }
  throw new Error('could not get back to the attract screen');
}

type Visit = (page: Page) => Promise<void>;
const visits: Visit[] = [
  async (page) => {
    await tap(page, [byName(page, /^Order groceries/)]);
    await tap(page, [byName(page, /^Add Bananas$/)]);
    await tap(page, [byName(page, /^One more Bananas$/)]);
    await tap(page, [byName(page, /^Dairy and eggs$/)]);
    await tap(page, [byName(page, /^Add Whole milk$/)]);
  },
  async (page) => {
    await tap(page, [byName(page, /^Business help/)]);
    await tap(page, [byName(page, /^Meet a mentor/)]);
    await tap(page, [byName(page, /^Business plan/)]);
    await tap(page, [byName(page, /^Choose a mentor/)]);
  },
  async (page) => {
    await tap(page, [byName(page, /^See the library nurse/)]);
    await tap(page, [byName(page, /^Continue/)]);
  },
];

async function visit(page: Page, n: number): Promise<void> {
  await tap(page, [touchToStart(page)]);
  await visits[n % visits.length]!(page);
  await leave(page);
}

async function taps(page: Page, cdp: CDPSession, rate: number): Promise<number[]> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate('window.__taps = []');
  for (let n = 0; n < MEASURED_VISITS; n++) await visit(page, n);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate<number[]>('window.__taps');
}

async function fcp(page: Page, cdp: CDPSession, url: string, rate: number): Promise<number> {
  const samples: number[] = [];
  // A restart without the browser's caches (no HTTP or compiled-code cache): every byte of start-up JavaScript is
  // fetched and compiled again. The kiosk's saved settings (localStorage) stay, as on a real kiosk.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (let i = 0; i < 5; i++) {
    await page.goto(url);
    await touchToStart(page).first().waitFor();
    samples.push(await page.evaluate<number>("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  return percentile(samples, 50);
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function writeSnapshot(cdp: CDPSession, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  const onChunk = ({ chunk }: { chunk: string }) => stream.write(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await new Promise((resolve) => stream.end(resolve));
  console.log(`heap snapshot: ${file}`);
}

async function main(): Promise<void> {
  const jsGzipKb = initialChunks(path.join(out, 'renderer')).reduce((sum, c) => sum + c.gzipBytes, 0) / 1024;
  const host = await startDemoHost('kiosk-bench-ui-');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await nurseInAllWeek(host.url);
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    await context.addInitScript({ content: tapProbe });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let tapsX1: number[] = [];
    let tapsX4: number[] = [];
    let fcpMs = NaN;
    let fcpMsX4 = NaN;
    if (!HEAP_ONLY) {
      // A kiosk that has run before: one load first.
      await page.goto(host.url);
      await touchToStart(page).first().waitFor();
      fcpMs = await fcp(page, cdp, host.url, 1);
      fcpMsX4 = await fcp(page, cdp, host.url, 4);
      // One visit of each service first, as a kiosk in use has had (each screen's code loaded once).
      for (let n = 0; n < visits.length; n++) await visit(page, n);
      tapsX1 = await taps(page, cdp, 1);
      tapsX4 = await taps(page, cdp, 4);
      console.log(`taps: ${tapsX1.length} unthrottled, p50 ${percentile(tapsX1, 50).toFixed(1)} ms, p95 ${percentile(tapsX1, 95).toFixed(1)} ms, max ${Math.max(...tapsX1).toFixed(1)} ms`);
      console.log(`taps: ${tapsX4.length} at CPU ×4, p50 ${percentile(tapsX4, 50).toFixed(1)} ms, p95 ${percentile(tapsX4, 95).toFixed(1)} ms, max ${Math.max(...tapsX4).toFixed(1)} ms`);
      console.log(`first contentful paint: ${fcpMs.toFixed(0)} ms, ${fcpMsX4.toFixed(0)} ms at ×4; initial JavaScript ${jsGzipKb.toFixed(1)} KB gzip (${loadLine()})`);
    }

    // The heap over many visits in one page, as a kiosk runs all day.
    await page.goto(host.url);
    await touchToStart(page).first().waitFor();
    // The tap probe stops recording here: its list would otherwise grow by every tap and be counted as the kiosk's.
    await page.evaluate('window.__taps = null');
    let heapAt100 = 0;
    const started = Date.now();
    for (let n = 1; n <= SESSIONS; n++) {
      await visit(page, n);
      if (n === HEAP_FROM) {
        heapAt100 = await heapUsed(cdp);
        if (SNAPSHOTS) await writeSnapshot(cdp, path.join(SNAPSHOTS, `visit-${n}.heapsnapshot`));
      }
      if (n % 250 === 0) console.log(`visit ${n}: heap ${((await heapUsed(cdp)) / 2 ** 20).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const heapAtEnd = await heapUsed(cdp);
    if (SNAPSHOTS) await writeSnapshot(cdp, path.join(SNAPSHOTS, `visit-${SESSIONS}.heapsnapshot`));
    const growth = ((heapAtEnd - heapAt100) / heapAt100) * 100;
    console.log(`heap: ${(heapAt100 / 2 ** 20).toFixed(2)} MB at visit ${HEAP_FROM}, ${(heapAtEnd / 2 ** 20).toFixed(2)} MB at visit ${SESSIONS} (${loadLine()})`);
    console.log(`visits ${SESSIONS}, load ${load1()}`);
    // Exactly the keys issue 14 names.
    console.log(
      `RESULT tap_p95_ms=${percentile(tapsX1, 95).toFixed(1)} tap_p95_ms_x4=${percentile(tapsX4, 95).toFixed(1)} fcp_ms=${fcpMs.toFixed(0)} fcp_ms_x4=${fcpMsX4.toFixed(0)} js_gzip_kb=${jsGzipKb.toFixed(1)} heap_growth_pct=${growth.toFixed(1)}`,
    );
  } finally {
    await browser.close();
    await host.stop();
  }
}

await main();
