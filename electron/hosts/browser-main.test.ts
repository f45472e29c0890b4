import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../backend/store/test-support';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const here = path.dirname(fileURLToPath(import.meta.url));

function run(script: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe('browser host entry', () => {
  it('tells a second kiosk on the same data directory why it cannot start, and exits 1', async () => {
    const dataDir = await dirs.make();
    const holder = run(path.join(here, '..', 'backend', 'store', 'test-fixtures', 'store-child.ts'), ['hold', dataDir]);
    try {
      const start = Date.now();
      while (!holder.output().includes('holding')) {
        if (Date.now() - start > 20_000) throw new Error(`holder did not start: ${holder.output()}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      const second = run(path.join(here, 'browser-main.ts'), ['--port', '0', '--data-dir', dataDir]);
      expect(await second.exited).toBe(1);
      expect(second.output().trim()).toBe(`Another Commons Kiosk is already using the data directory ${dataDir}. Close it first, or choose another --data-dir.`);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
  });

  it('refuses a bad port with a sentence, not a stack trace', async () => {
    const second = run(path.join(here, 'browser-main.ts'), ['--port', 'eighty', '--data-dir', await dirs.make()]);
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe('--port must be a number from 0 to 65535, not "eighty"');
  });

  it('refuses --listen on a network address without TLS in one sentence', async () => {
    const third = run(path.join(here, 'browser-main.ts'), ['--listen', '0.0.0.0:0', '--no-tls', '--data-dir', await dirs.make()]);
    expect(await third.exited).toBe(1);
    expect(third.output().trim()).toBe('--listen 0.0.0.0:0 without TLS is refused: plain HTTP is allowed on loopback only, so drop --no-tls.');
  });
});
