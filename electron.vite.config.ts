import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { illustrationsPlugin } from './scripts/illustrations';

// KIOSK_OUT lets parallel builds (and tests) use their own output folder.
const out = process.env.KIOSK_OUT ?? 'out';

// Three builds: main (Electron entry and the browser host, both ESM), preload (one CommonJS
// file, so the renderer can stay sandboxed), renderer (React).
export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      // lowdb and steno are ESM-only; bundling them keeps main loadable either way.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'browser-host': resolve('electron/hosts/browser-main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    publicDir: resolve('resources/renderer'),
    plugins: [react(), illustrationsPlugin()],
    // The read-aloud voice runs in a module worker that loads its engine on first use (a chunk of its own).
    worker: { format: 'es' },
    build: {
      outDir: `${out}/renderer`,
      // A low-end kiosk PC parses what it is sent: minified, and split so start-up loads the attract and home
      // screens only (screens and languages are separate chunks, see renderer/src/app/lazy-screen.ts and i18n.ts).
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
