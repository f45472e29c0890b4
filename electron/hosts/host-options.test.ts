import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseHostOptions } from './host-options';

const fallback = '/var/lib/kiosk-default';

describe('parseHostOptions', () => {
  it('uses defaults without flags or environment', () => {
    expect(parseHostOptions([], {}, fallback)).toEqual({ port: 5780, dataDir: fallback, demo: false, keyFile: null });
  });

  it('reads flags, in both --flag value and --flag=value forms', () => {
    expect(parseHostOptions(['--port', '0', '--data-dir', 'rel/data', '--demo', '--key-file=/keys/k'], {}, fallback)).toEqual({
      port: 0,
      dataDir: path.resolve('rel/data'),
      demo: true,
      keyFile: '/keys/k',
    });
    expect(parseHostOptions(['--port=8080'], {}, fallback).port).toBe(8080);
  });

  it('takes the environment when a flag is absent, and the flag when both are given', () => {
    const env = { KIOSK_PORT: '6000', KIOSK_DATA_DIR: '/env/data', KIOSK_DEMO: '1', KIOSK_KEY_FILE: '/env/key' };
    expect(parseHostOptions([], env, fallback)).toEqual({ port: 6000, dataDir: '/env/data', demo: true, keyFile: '/env/key' });
    expect(parseHostOptions(['--port', '7000', '--data-dir', '/flag/data', '--key-file', '/flag/key'], env, fallback)).toMatchObject({
      port: 7000,
      dataDir: '/flag/data',
      keyFile: '/flag/key',
    });
    expect(parseHostOptions([], { KIOSK_DEMO: '0' }, fallback).demo).toBe(false);
  });

  it.each(['abc', '-1', '65536', '1.5', '0x50', '80 80', '1e3', ' 80'])('refuses the port %j with a clear message', (port) => {
    expect(() => parseHostOptions(['--port', port], {}, fallback)).toThrow(/--port must be a number from 0 to 65535/);
  });

  it('refuses a bad KIOSK_PORT too', () => {
    expect(() => parseHostOptions([], { KIOSK_PORT: 'eighty' }, fallback)).toThrow(/eighty/);
  });

  it('refuses --port or --data-dir without a value', () => {
    expect(() => parseHostOptions(['--port'], {}, fallback)).toThrow(/--port needs a value/);
    expect(() => parseHostOptions(['--port='], {}, fallback)).toThrow(/--port needs a value/);
    expect(() => parseHostOptions(['--data-dir'], {}, fallback)).toThrow(/--data-dir needs a value/);
    expect(() => parseHostOptions(['--data-dir', '--demo'], {}, fallback)).toThrow(/--data-dir needs a value/);
    expect(() => parseHostOptions(['--key-file='], {}, fallback)).toThrow(/--key-file needs a value/);
  });

  it('ignores Electron and Chromium switches it does not know', () => {
    expect(parseHostOptions(['--no-sandbox', '--enable-logging', '--demo'], {}, fallback)).toMatchObject({ demo: true, port: 5780 });
  });
});

describe('defaultDataDir', () => {
  it('follows each platform convention', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(path.join('/cfg', 'Commons Kiosk'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\k\\AppData\\Roaming', 'Commons Kiosk'));
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library.Application Support.Commons Kiosk$/);
    expect(defaultDataDir({}, 'linux')).toMatch(/\.config.Commons Kiosk$/);
  });
});
