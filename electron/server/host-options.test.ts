import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchOrigin, defaultDataDir, parseHostOptions, parseListen } from './host-options';

const fallback = '/var/lib/kiosk-default';

describe('parseHostOptions', () => {
  it('uses defaults without flags or environment', () => {
    expect(parseHostOptions([], {}, fallback)).toEqual({ port: 5780, dataDir: fallback, demo: false, keyFile: null, listen: null, names: [], connect: null, fingerprint: null, secondScreen: false });
  });

  it('reads flags, in both --flag value and --flag=value forms', () => {
    expect(parseHostOptions(['--port', '0', '--data-dir', 'rel/data', '--demo', '--key-file=/keys/k'], {}, fallback)).toMatchObject({
      port: 0,
      dataDir: path.resolve('rel/data'),
      demo: true,
      keyFile: '/keys/k',
    });
    expect(parseHostOptions(['--port=8080'], {}, fallback).port).toBe(8080);
  });

  it('takes the environment when a flag is absent, and the flag when both are given', () => {
    const env = { KIOSK_PORT: '6000', KIOSK_DATA_DIR: '/env/data', KIOSK_DEMO: '1', KIOSK_KEY_FILE: '/env/key' };
    expect(parseHostOptions([], env, fallback)).toMatchObject({ port: 6000, dataDir: '/env/data', demo: true, keyFile: '/env/key' });
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

describe('branch network options', () => {
  it('listens with TLS by default, on the default branch port unless one is given', () => {
    expect(parseHostOptions(['--listen', '0.0.0.0'], {}, fallback).listen).toEqual({ address: '0.0.0.0', port: 5781, tls: true });
    expect(parseHostOptions(['--listen=192.168.1.20:9443'], {}, fallback).listen).toEqual({ address: '192.168.1.20', port: 9443, tls: true });
    expect(parseListen('[::]:6000', true)).toEqual({ address: '::', port: 6000, tls: true });
    expect(parseListen('::1', false)).toEqual({ address: '::1', port: 5781, tls: false });
    expect(parseHostOptions([], { KIOSK_LISTEN: '127.0.0.1:0' }, fallback).listen).toEqual({ address: '127.0.0.1', port: 0, tls: true });
  });

  it('allows plain HTTP on loopback only, refusing any other address in one sentence', () => {
    expect(parseHostOptions(['--listen', '127.0.0.1:7000', '--no-tls'], {}, fallback).listen).toEqual({ address: '127.0.0.1', port: 7000, tls: false });
    for (const address of ['0.0.0.0', '192.168.1.20:9443', '[::]:6000', 'branch-host']) {
      expect(() => parseHostOptions(['--listen', address, '--no-tls'], {}, fallback)).toThrow(/^--listen \S+ without TLS is refused: plain HTTP is allowed on loopback only, so drop --no-tls\.$/);
    }
    expect(() => parseHostOptions(['--listen', 'a b'], {}, fallback)).toThrow(/--listen takes an address/);
    expect(() => parseHostOptions(['--listen', '0.0.0.0:99999'], {}, fallback)).toThrow(/port must be a number/);
  });

  it('takes the names devices use, from flags or KIOSK_NAMES', () => {
    expect(parseHostOptions(['--name', 'branch-host', '--name=branch-host.local'], {}, fallback).names).toEqual(['branch-host', 'branch-host.local']);
    expect(parseHostOptions([], { KIOSK_NAMES: 'desk-pc, lobby.local ,' }, fallback).names).toEqual(['desk-pc', 'lobby.local']);
  });

  it('reads --connect as an https origin with the default port, and refuses anything else', () => {
    expect(parseHostOptions(['--connect', 'https://branch-host:9443'], {}, fallback).connect).toBe('https://branch-host:9443');
    expect(branchOrigin('10.0.0.5')).toBe('https://10.0.0.5:5781');
    expect(branchOrigin(' branch-host:5781/ ')).toBe('https://branch-host:5781');
    for (const bad of ['http://branch-host:5781', 'https://u:p@branch-host', 'https://branch-host/path', 'https://branch-host/?q=1', 'javascript:alert(1)', '']) {
      expect(branchOrigin(bad), bad).toBeNull();
    }
    expect(() => parseHostOptions(['--connect', 'http://branch-host'], {}, fallback)).toThrow(/--connect takes the branch host's https address/);
    expect(() => parseHostOptions(['--connect', 'https://h', '--listen', '0.0.0.0'], {}, fallback)).toThrow(/either the branch host or a client/);
  });

  it('takes a fingerprint as the Devices screen shows it, in groups or not', () => {
    const hex = 'ab'.repeat(32);
    expect(parseHostOptions(['--connect', 'https://h', '--fingerprint', hex.toUpperCase().match(/.{4}/g)!.join(' ')], {}, fallback).fingerprint).toBe(hex);
    expect(() => parseHostOptions(['--fingerprint', 'abc'], {}, fallback)).toThrow(/64 hex digits/);
  });
});
