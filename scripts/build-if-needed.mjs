// Builds main, preload and renderer when the output is missing or older than any source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.env.KIOSK_OUT ?? 'out');
const stamp = path.join(out, 'main', 'browser-host.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded() {
  const sources = ['electron', 'renderer', 'shared', 'resources'].map((d) => path.join(root, d)).filter(existsSync);
  const newestSource = Math.max(...sources.map(newestMtime), statSync(path.join(root, 'electron.vite.config.ts')).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource) return;
  console.log('Building Commons Kiosk…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfNeeded();
