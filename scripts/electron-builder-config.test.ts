import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema check, offline: what `npm run dist` would do first.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);
const validate = (config: object) => validateConfiguration(config as Parameters<typeof validateConfiguration>[0], new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('passes electron-builder validation', async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('would fail on an unknown key, at the top level or inside a target (so the check above means something)', async () => {
    const config = await load();
    await expect(validate({ ...config, fusesTypo: true })).rejects.toThrow(/fusesTypo/);
    await expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } })).rejects.toThrow(/configuration\.nsis/);
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('names the app and builds AppImage and deb for Linux, NSIS for Windows', async () => {
    const config = await load();
    expect(config.appId).toBe('org.commonskiosk.kiosk');
    expect(config.productName).toBe('Commons Kiosk');
    const targets = (list: unknown) => (list as { target: string }[]).map((t) => t.target);
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
  });

  it('packs only the built output, never sources, tests or other build folders', async () => {
    // The loader normalises the list into [{ filter: [...] }].
    const raw = (await load()).files as ({ filter: string[] } | string)[];
    const files = raw.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.filter));
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(files).toContain('!**/*.map');
  });

  it('turns off the Electron fuses the kiosk does not need', async () => {
    expect((await load()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('electron-builder.yml: the files it names', () => {
  it('points at icons and deployment folders that exist (Linux icon set, Windows .ico)', async () => {
    const config = await load();
    const at = (rel: string) => path.join(root, rel);
    expect(config.directories?.buildResources).toBe('build-resources');
    expect(config.linux?.icon).toBe('build-resources/icons');
    expect(config.win?.icon).toBe('build-resources/icon.ico');
    expect(existsSync(at(config.linux?.icon ?? 'missing'))).toBe(true);
    expect(existsSync(at(config.win?.icon ?? 'missing'))).toBe(true);
    const extra = [config.linux?.extraResources, config.win?.extraResources].flatMap((list) => (Array.isArray(list) ? list : [])) as { from: string; to: string }[];
    expect(extra.map((e) => e.from).sort()).toEqual(['resources/deploy/linux', 'resources/deploy/windows']);
    for (const entry of extra) expect(existsSync(at(entry.from)), entry.from).toBe(true);
  });
});
