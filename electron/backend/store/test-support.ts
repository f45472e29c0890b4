// Helpers for tests that use real files: a fresh temp folder and a clock the test moves.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from './store';

export type TestClock = Clock & { set(iso: string): void; advance(ms: number): void };

export function testClock(startIso: string): TestClock {
  let now = new Date(startIso).getTime();
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = new Date(iso).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A new empty folder under the OS temp dir; `cleanup()` removes every folder made so far. */
export function tempDirs(): { make(prefix?: string): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make(prefix = 'kiosk-test-') {
      const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
    },
  };
}
