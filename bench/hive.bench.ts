// `npm run bench:hive`: hive.openTimes through the real dispatcher, 5 active mentors, a 60-day booking horizon,
// the queries the patron screens make (first available, by area, by language, one mentor).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/backend/backend';
import { aesGcmCodec } from '../electron/backend/store/codec';
import { testClock } from '../electron/backend/store/test-support';
import { load1, loadLine, percentile } from './stats';
import { benchPrinting, deskCallers } from './workload';

const ROUNDS = 60;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-hive-'));
  const clock = testClock('2026-10-20T15:00:00Z');
  const backend = await openBackend({ dataDir, secretCodec: aesGcmCodec(randomBytes(32)), clock, demo: true, printing: benchPrinting });
  try {
    const { admin } = await deskCallers(backend);
    const settings = await backend.dispatch('hive.settings', {}, admin);
    if (!settings.ok) throw new Error(`hive.settings: ${settings.error.code}`);
    const current = settings.value as { rules: Record<string, number> };
    const saved = await backend.dispatch('hive.saveSettings', { ...current, rules: { ...current.rules, maxDaysAhead: 60 } }, admin);
    if (!saved.ok) throw new Error(`hive.saveSettings: ${saved.error.code}`);
    const mentors = await backend.dispatch('hive.catalog', {}, { clientId: 'bench-patron', deviceId: 'local', device: null });
    if (!mentors.ok) throw new Error('hive.catalog');
    const list = (mentors.value as { mentors: { id: string }[] }).mentors;
    if (list.length !== 5) throw new Error(`expected 5 active mentors, found ${list.length}`);
    const queries: Record<string, unknown>[] = [{ limit: 8 }, { area: 'business-plan', limit: 8 }, { language: 'es', limit: 8 }, { mentorId: list[0]?.id, limit: 8 }, { limit: 12 }];
    const patron = { clientId: 'bench-patron', deviceId: 'local', device: null };
    const samples: number[] = [];
    let slots = 0;
    for (let round = -5; round < ROUNDS; round++) {
      for (const input of queries) {
        const start = performance.now();
        const result = await backend.dispatch('hive.openTimes', input, patron);
        const ms = performance.now() - start;
        if (!result.ok) throw new Error(`hive.openTimes: ${result.error.code}`);
        if (round >= 0) {
          samples.push(ms);
          slots += (result.value as unknown[]).length;
        }
      }
    }
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    console.log(`hive.openTimes, 5 mentors, 60-day horizon: ${samples.length} calls, ${(slots / samples.length).toFixed(1)} slots each; p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${loadLine()})`);
    console.log(`RESULT open_times_p95_ms=${p95.toFixed(2)} open_times_p50_ms=${p50.toFixed(2)} load=${load1()}`);
  } finally {
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
