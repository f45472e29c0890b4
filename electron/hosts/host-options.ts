import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export type HostOptions = { port: number; dataDir: string; demo: boolean; keyFile: string | null };

/** Where data lives without --data-dir: the same folder Electron's userData would be. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Commons Kiosk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Commons Kiosk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Commons Kiosk');
}

/** `--data-dir` wins over KIOSK_DATA_DIR, which wins over the platform default. */
export function parseHostOptions(argv: string[], env: NodeJS.ProcessEnv = process.env, fallbackDataDir = defaultDataDir(env)): HostOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'key-file': { type: 'string' },
    },
    allowPositionals: false,
    // Electron and Chromium add switches of their own; unknown ones are ignored.
    strict: false,
  });
  // Without strict parsing a value-less `--data-dir` arrives as `true`; silently using the default folder would hide the typo.
  for (const name of ['port', 'data-dir', 'key-file'] as const) {
    const value = values[name];
    if (value === true || value === '' || (typeof value === 'string' && value.startsWith('--'))) throw new Error(`--${name} needs a value, for example --${name}=${name === 'port' ? '5780' : '/path'}`);
  }
  const portText = typeof values.port === 'string' ? values.port : (env.KIOSK_PORT ?? '5780');
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${portText}"`);
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : (env.KIOSK_DATA_DIR ?? fallbackDataDir);
  const keyFile = typeof values['key-file'] === 'string' ? values['key-file'] : (env.KIOSK_KEY_FILE ?? null);
  return { port, dataDir: path.resolve(dataDir), demo: values.demo === true || env.KIOSK_DEMO === '1', keyFile };
}
