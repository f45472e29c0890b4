import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// The real script, as `npm test` runs it, against this machine and against a PATH with parts taken away.
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-system.mjs');
const which = (name: string): string => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
const check = (env: Record<string, string | undefined>) =>
  spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, KIOSK_NO_SYSTEM_SETUP: '1', ...env } });

let bin: string | null = null;
afterEach(() => {
  if (bin) rmSync(bin, { recursive: true, force: true });
  bin = null;
});

/** A PATH holding only the named commands (each a link to the real one). */
function pathWith(names: string[]): string {
  bin = mkdtempSync(path.join(os.tmpdir(), 'kiosk-path-'));
  for (const name of names) symlinkSync(which(name), path.join(bin, name));
  return bin;
}

describe('npm test system check', () => {
  it('passes on a machine set up by scripts/setup-system.sh', () => {
    const result = check({});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('stops at once with one sentence naming the command when Chromium is missing', () => {
    const result = check({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Chromium at CHROMIUM_PATH=/nonexistent/chromium');
    expect(result.stderr).toContain('sudo bash scripts/setup-system.sh');
  });

  it('names poppler when pdftotext is not on the PATH, and nothing that is there', () => {
    const result = check({ PATH: pathWith(['sh', 'lpstat', 'lp', 'chromium', 'systemd-analyze']), CHROMIUM_PATH: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs poppler-utils \(pdftotext\): run/);
  });

  it('names CUPS when lpstat is missing', () => {
    const result = check({ PATH: pathWith(['sh', 'pdftotext', 'chromium', 'systemd-analyze']), CHROMIUM_PATH: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs CUPS: run/);
  });

  it('names systemd when systemd-analyze is missing (the deployment units are checked with it)', () => {
    const result = check({ PATH: pathWith(['sh', 'pdftotext', 'lpstat', 'lp', 'chromium', 'fc-list']), CHROMIUM_PATH: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs systemd \(systemd-analyze\): run/);
  });
});
