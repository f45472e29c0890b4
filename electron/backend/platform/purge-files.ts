import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Where the Electron host saves CSV downloads (see will-download in electron/main/index.ts). */
export const exportsDirOf = (dataDir: string): string => path.join(dataDir, 'exports');

/** How long CSV exports stay in the exports folder: long enough to copy them off, no longer. */
export const KEEP_EXPORTS_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Deletes the files directly in `dir` last written more than `olderThanMs` before `now` (by mtime),
 * and answers their names. `olderThanMs` may depend on the file name (Infinity keeps a file).
 * A missing or unreadable folder removes nothing: one folder must not stop the rest of a purge.
 */
export async function purgeOldFiles(dir: string, olderThanMs: number | ((name: string) => number), now: Date): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const keepMs = typeof olderThanMs === 'number' ? olderThanMs : olderThanMs(entry.name);
    const file = path.join(dir, entry.name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < now.getTime() - keepMs) {
      await fs.rm(file, { force: true });
      removed.push(entry.name);
    }
  }
  return removed;
}
