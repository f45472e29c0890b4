// `npm run start:browser -- --port P --data-dir DIR [--demo]`: build if needed, then serve
// the kiosk to a browser on 127.0.0.1.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function startBrowserHost(args) {
  buildIfNeeded();
  const out = path.resolve(root, process.env.KIOSK_OUT ?? 'out');
  const child = spawn(process.execPath, [path.join(out, 'main', 'browser-host.js'), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) startBrowserHost(process.argv.slice(2));
