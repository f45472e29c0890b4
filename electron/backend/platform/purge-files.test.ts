import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../store/test-support';
import { purgeOldFiles } from './purge-files';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const now = new Date('2026-06-01T14:00:00Z');
const HOUR = 60 * 60 * 1000;

async function fileAged(dir: string, name: string, ageMs: number): Promise<void> {
  await fs.writeFile(path.join(dir, name), 'x');
  const at = new Date(now.getTime() - ageMs);
  await fs.utimes(path.join(dir, name), at, at);
}

describe('purgeOldFiles', () => {
  it('deletes files last written before the cutoff, keeps newer ones and sub-folders', async () => {
    const dir = await dirs.make();
    await fileAged(dir, 'old.pdf', 2 * HOUR);
    await fileAged(dir, 'new.pdf', HOUR / 2);
    await fs.mkdir(path.join(dir, 'keep-folder'));
    expect(await purgeOldFiles(dir, HOUR, now)).toEqual(['old.pdf']);
    expect((await fs.readdir(dir)).sort()).toEqual(['keep-folder', 'new.pdf']);
  });

  it('takes a period per file name (Infinity keeps it) and treats a missing folder as empty', async () => {
    const dir = await dirs.make();
    await fileAged(dir, 'short.pdf', 3 * HOUR);
    await fileAged(dir, 'long.pdf', 3 * HOUR);
    await fileAged(dir, 'notes.txt', 300 * HOUR);
    const removed = await purgeOldFiles(dir, (name) => (name.endsWith('.txt') ? Infinity : name === 'short.pdf' ? HOUR : 5 * HOUR), now);
    expect(removed).toEqual(['short.pdf']);
    expect(await purgeOldFiles(path.join(dir, 'nothing-here'), HOUR, now)).toEqual([]);
  });
});
