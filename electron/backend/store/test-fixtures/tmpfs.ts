// A small real filesystem for full-disk tests: a tmpfs mounted over a temp folder (needs root,
// as in CI). Tests skip with the reason where it cannot be mounted.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Tmpfs = {
  ok: true;
  dir: string;
  /** Writes a filler file until the disk is full. */
  fill(): Promise<void>;
  /** Deletes the filler. */
  free(): Promise<void>;
  unmount(): Promise<void>;
};

export async function mountTmpfs(dir: string, megabytes: number): Promise<Tmpfs | { ok: false; reason: string }> {
  if (process.platform !== 'linux') return { ok: false, reason: 'tmpfs mounts need Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'mounting a tmpfs needs root (CI runs as root)' };
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0700`, 'tmpfs', dir]);
  } catch (error) {
    return { ok: false, reason: `mount -t tmpfs failed here: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const filler = path.join(dir, 'filler.bin');
  return {
    ok: true,
    dir,
    async fill() {
      const handle = await fs.open(filler, 'a');
      try {
        const block = Buffer.alloc(64 * 1024);
        for (;;) await handle.write(block);
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
      } finally {
        await handle.close();
      }
      // The last partial block: tmpfs hands out pages, so top it up byte by byte.
      const last = await fs.open(filler, 'a');
      try {
        for (;;) await last.write(Buffer.alloc(512));
      } catch {
        // Full.
      } finally {
        await last.close();
      }
    },
    free: () => fs.rm(filler, { force: true }),
    async unmount() {
      await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
    },
  };
}
