// `npm start`: the Electron kiosk where Electron can start; otherwise the browser host,
// with one sentence saying why.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';
import { startBrowserHost } from './start-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Path of the Electron binary if it was downloaded, without triggering a download. */
function electronBinary() {
  try {
    const pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!binary || !hasDisplay) {
  const why = !binary ? 'the Electron binary is not installed on this machine' : 'there is no graphical display';
  console.log(`Electron cannot start here because ${why}, so Commons Kiosk is starting in browser mode instead: open the address below in a browser.`);
  startBrowserHost(args.includes('--port') ? args : ['--port', '5780', ...args]);
} else {
  buildIfNeeded();
  const child = spawn(binary, [path.join(root, process.env.KIOSK_OUT ?? 'out', 'main', 'index.js'), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
