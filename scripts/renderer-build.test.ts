// The production build of the renderer: what loads before the first paint. Builds into a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialChunks, isZod } from './initial-chunks';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(os.tmpdir(), 'kiosk-build-'));
const renderer = path.join(out, 'renderer');

beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    env: { ...process.env, KIOSK_OUT: out },
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('renderer build', () => {
  it('starts without zod: the schemas are in a chunk only staff and patron flows load', () => {
    const initial = initialChunks(renderer);
    expect(initial.length).toBeGreaterThan(0);
    expect(initial.filter((c) => isZod(c.text)).map((c) => c.file)).toEqual([]);
    // The check itself sees zod where it is: some lazily loaded chunk holds it.
    const all = readdirSync(path.join(renderer, 'assets')).filter((f) => f.endsWith('.js'));
    expect(all.some((f) => isZod(readFileSync(path.join(renderer, 'assets', f), 'utf8')))).toBe(true);
  });

  it('starts with the fallback language only; the attract screen still greets in every language', () => {
    const text = initialChunks(renderer)
      .map((c) => c.text)
      .join('\n');
    expect(text).toContain('How can we help you today?');
    expect(text).not.toContain('¿Cómo podemos ayudarte hoy?');
    expect(text).toContain('Toca para empezar');
  });

  it('is minified and splits the service flows and staff screens into their own chunks', () => {
    const initial = initialChunks(renderer);
    const files = initial.map((c) => c.file).join(' ');
    for (const screen of ['GroceryOrderScreen', 'HiveScreen', 'NurseCheckInScreen', 'GroceryDeskScreen', 'StaffHomeScreen']) expect(files).not.toContain(screen);
    const entry = initial[0]!;
    // Minified: long lines, no indentation.
    expect(entry.text.split('\n').length).toBeLessThan(50);
  });
});
