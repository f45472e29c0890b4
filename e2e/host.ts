import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built app (KIOSK_OUT lets parallel builds use their own folder). */
export const out = path.resolve(root, process.env.KIOSK_OUT ?? 'out');

export type KioskHost = { url: string; dataDir: string; output: () => string; stop(): Promise<void> };

/** Starts the real browser host on a free port over a fresh (or given) data directory. */
export async function startHost(options: { demo?: boolean; dataDir?: string; env?: Record<string, string> } = {}): Promise<KioskHost> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-'));
  const args = [path.join(out, 'main', 'browser-host.js'), '--port', '0', '--data-dir', dataDir];
  if (options.demo !== false) args.push('--demo');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
