// The deployment files in resources/deploy, checked as far as this machine can: the Linux installer in a
// dry run (ROOT=dir), the systemd units by systemd-analyze, the backup script against a real data
// directory and a restore from its copy, the Windows Assigned Access XML as XML.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyMissingError, loadOrCreateKey } from '../electron/backend/store/key-file';
import { tempDirs, testClock } from '../electron/backend/store/test-support';
import { dispatchOk, signIn, testBackends } from '../electron/backend/test-backend';
import { createTlsIdentity } from '../electron/server/tls-identity';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const linux = path.join(root, 'resources', 'deploy', 'linux');
const windows = path.join(root, 'resources', 'deploy', 'windows');
const dirs = tempDirs();

// jsdom (already here for the renderer's tests) as an XML parser; only the little used here is typed.
type XmlElement = { getAttribute(name: string): string | null; getAttributeNS(ns: string, name: string): string | null };
type XmlDocument = { getElementsByTagName(name: string): ArrayLike<XmlElement> };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } } } };
const parseXml = (text: string): XmlDocument => new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
afterAll(() => dirs.cleanup());

const bash = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('bash', [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const install = (target: string, ...args: string[]) => bash(path.join(linux, 'install.sh'), args, { ROOT: target });

describe('Linux: install.sh (dry run into a folder)', () => {
  it('sets up the branch host: its unit, the options it starts with, the backup unit, timer and script', async () => {
    const target = await dirs.make('deploy-host-');
    const result = install(target, 'host', '--name', 'lobby-kiosk.local', '--name', '10.0.0.5', '--second-screen', '--backup-dir', '/srv/kiosk-backup');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(target, 'etc/commons-kiosk/kiosk.env'), 'utf8')).toContain('KIOSK_ARGS="--listen 0.0.0.0:5781 --name lobby-kiosk.local --name 10.0.0.5 --second-screen"');
    expect(readFileSync(path.join(target, 'etc/commons-kiosk/backup.env'), 'utf8')).toContain('BACKUP_DIR=/srv/kiosk-backup');
    expect(readdirSync(path.join(target, 'etc/systemd/system')).sort()).toEqual(['commons-kiosk-backup.service', 'commons-kiosk-backup.timer', 'commons-kiosk-host.service']);
    expect(existsSync(path.join(target, 'usr/local/lib/commons-kiosk/backup.sh'))).toBe(true);
    expect(result.stdout).toContain('would run: systemctl enable commons-kiosk-host.service');
    expect(result.stdout).toContain('would run: systemctl enable commons-kiosk-backup.timer');
  });

  it('sets up a device of the branch with the host address and pinned fingerprint', async () => {
    const target = await dirs.make('deploy-client-');
    const fingerprint = 'AB12 '.repeat(16).trim();
    const result = install(target, 'client', 'https://lobby-kiosk.local:5781/', '--fingerprint', fingerprint);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(target, 'etc/commons-kiosk/kiosk.env'), 'utf8')).toContain(`KIOSK_ARGS="--connect https://lobby-kiosk.local:5781 --fingerprint ${'ab12'.repeat(16)}"`);
    expect(readdirSync(path.join(target, 'etc/systemd/system'))).toEqual(['commons-kiosk-client.service']);
  });

  it('refuses bad input with one sentence and writes nothing', async () => {
    for (const args of [
      ['client', 'http://lobby-kiosk:5781'],
      ['client', 'https://lobby-kiosk:5781', '--fingerprint', '1234'],
      ['host', '--name', 'lobby; rm -rf /'],
      ['host', '--port', '70000'],
      ['host', '--backup-dir', 'relative/dir'],
      ['desk'],
    ]) {
      const target = await dirs.make('deploy-bad-');
      const result = install(target, ...args);
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr.trim().split('\n').length, result.stderr).toBeLessThanOrEqual(2);
      expect(readdirSync(target), args.join(' ')).toEqual([]);
    }
  });
});

describe('Linux: systemd units', () => {
  /** systemd-analyze verify in a root holding the installed units, the system's own units and stand-ins for the programs they start. */
  async function verify(edit?: (unitDir: string) => void): Promise<{ status: number | null; output: string }> {
    const target = await dirs.make('deploy-verify-');
    expect(install(target, 'host', '--backup-dir', '/srv/kiosk-backup').status).toBe(0);
    expect(install(target, 'client', 'https://lobby-kiosk:5781').status).toBe(0);
    cpSync('/usr/lib/systemd/system', path.join(target, 'usr/lib/systemd/system'), { recursive: true, dereference: true });
    mkdirSync(path.join(target, 'usr/bin'), { recursive: true });
    for (const program of ['usr/bin/cage', 'usr/bin/commons-kiosk']) writeFileSync(path.join(target, program), '#!/bin/sh\n', { mode: 0o755 });
    const unitDir = path.join(target, 'etc/systemd/system');
    edit?.(unitDir);
    const units = readdirSync(unitDir).map((u) => path.join(unitDir, u));
    const result = spawnSync('systemd-analyze', ['verify', `--root=${target}`, ...units], { encoding: 'utf8' });
    // Complaints about our own units only; the system's units are not ours to judge.
    const output = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.includes('commons-kiosk')).join('\n');
    return { status: result.status, output };
  }

  it('pass systemd-analyze verify without a warning (host, client, backup service and timer)', async () => {
    const { status, output } = await verify();
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('would be caught with a misspelt setting or a missing program (so the check above means something)', async () => {
    const typo = await verify((dir) => {
      const file = path.join(dir, 'commons-kiosk-host.service');
      writeFileSync(file, readFileSync(file, 'utf8').replace('TTYPath=', 'TTYpath='));
    });
    expect(typo.output).toMatch(/Unknown key 'TTYpath'/);
    const missing = await verify((dir) => {
      const file = path.join(dir, 'commons-kiosk-client.service');
      writeFileSync(file, readFileSync(file, 'utf8').replace('/usr/bin/cage ', '/usr/bin/cagex '));
    });
    expect(missing.output).toMatch(/cagex/);
  });

  it('start the kiosk in cage on tty1 as the kiosk user, with the options from kiosk.env, restarted if it exits', () => {
    for (const unit of ['commons-kiosk-host.service', 'commons-kiosk-client.service']) {
      const text = readFileSync(path.join(linux, unit), 'utf8');
      expect(text).toMatch(/^ExecStart=\/usr\/bin\/cage -d -- \/usr\/bin\/commons-kiosk .*\$KIOSK_ARGS$/m);
      expect(text).toMatch(/^User=kiosk$/m);
      expect(text).toMatch(/^TTYPath=\/dev\/tty1$/m);
      expect(text).toMatch(/^Restart=always$/m);
      expect(text).toMatch(/^EnvironmentFile=\/etc\/commons-kiosk\/kiosk.env$/m);
      expect(text).toMatch(/^WantedBy=graphical.target$/m);
    }
  });
});

describe('Linux: backup.sh and a restore from its copy', () => {
  it('copies the newest snapshot; that copy plus the key opens with the staff, the paired device and the TLS key intact', async () => {
    const backends = testBackends();
    try {
      const clock = testClock(new Date().toISOString());
      const dataDir = await dirs.make('deploy-data-');
      const first = await backends.start({ dataDir, clock });
      const admin = await signIn(first.backend, 'admin');
      const { pairing } = await dispatchOk<{ pairing: { code: string } }>(first.backend, 'devices.startPairing', { name: 'Front desk', role: 'desk' }, admin);
      const { token } = await first.backend.devices.pair(pairing.code);
      const identity = await createTlsIdentity({ names: ['lobby-kiosk.local'], now: new Date() });
      await first.backend.devices.saveTlsIdentity(identity);
      await backends.stop(first.backend);
      // Tomorrow's start takes the snapshot that holds the pairing.
      clock.advance(24 * 60 * 60 * 1000);
      await backends.stop((await backends.start({ dataDir, clock })).backend);

      const backupDir = await dirs.make('deploy-backup-');
      const backup = bash(path.join(linux, 'backup.sh'), [], { KIOSK_DATA_DIR: dataDir, BACKUP_DIR: backupDir });
      expect(backup.status, backup.stderr).toBe(0);
      const day = clock.now().toISOString().slice(0, 10);
      expect(readdirSync(backupDir)).toEqual([day]);
      // A second run the same day copies nothing again.
      expect(bash(path.join(linux, 'backup.sh'), [], { KIOSK_DATA_DIR: dataDir, BACKUP_DIR: backupDir }).stdout).toContain('already there');

      // New hardware: an empty data directory, the backup copied in. Without the key file it refuses to start…
      const restored = await dirs.make('deploy-restored-');
      cpSync(path.join(backupDir, day), restored, { recursive: true });
      await expect(loadOrCreateKey(path.join(restored, 'secret.key'), { dataDir: restored })).rejects.toBeInstanceOf(KeyMissingError);
      // …with it (the same key), everything is there.
      const again = await backends.start({ dataDir: restored, clock, demo: false });
      expect(again.backend.platform.staff.list().map((m) => m.name).sort()).toEqual(first.backend.platform.staff.list().map((m) => m.name).sort());
      expect(again.backend.devices.check(token)).toMatchObject({ kind: 'paired', device: { name: 'Front desk', role: 'desk' } });
      expect(again.backend.devices.tlsIdentity()).toEqual(identity);
    } finally {
      await backends.cleanup();
    }
  });

  it('says why when there is nothing to copy or nowhere to copy it', async () => {
    const empty = await dirs.make('deploy-empty-');
    const noSnapshot = bash(path.join(linux, 'backup.sh'), [], { KIOSK_DATA_DIR: empty, BACKUP_DIR: empty });
    expect(noSnapshot.status).not.toBe(0);
    expect(noSnapshot.stderr).toMatch(/no snapshot yet/);
    const noDrive = bash(path.join(linux, 'backup.sh'), [], { KIOSK_DATA_DIR: empty, BACKUP_DIR: path.join(empty, 'not-mounted') });
    expect(noDrive.stderr).toMatch(/is the drive mounted/);
  });
});

describe('Windows: Assigned Access', () => {
  it('would notice XML that is not well-formed', () => {
    const parsed = parseXml('<a><b></a>');
    expect(parsed.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });

  it('is well-formed XML: one single-app profile starting the installed app, signed in automatically', () => {
    const text = readFileSync(path.join(windows, 'assigned-access.xml'), 'utf8');
    const parsed = parseXml(text);
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const app = parsed.getElementsByTagName('KioskModeApp')[0];
    const v4 = 'http://schemas.microsoft.com/AssignedAccess/2021/config';
    expect(app?.getAttributeNS(v4, 'ClassicAppPath')).toBe('%ProgramFiles%\\Commons Kiosk\\Commons Kiosk.exe');
    expect(app?.getAttributeNS(v4, 'ClassicAppArguments')).toMatch(/--connect https:\/\/\S+:5781/);
    const profileId = parsed.getElementsByTagName('Profile')[0]?.getAttribute('Id');
    expect(parsed.getElementsByTagName('DefaultProfile')[0]?.getAttribute('Id')).toBe(profileId);
    expect(parsed.getElementsByTagName('AutoLogonAccount')).toHaveLength(1);
  });

  it('names the same installed path as the NSIS installer makes (productName under Program Files)', () => {
    const builder = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/^productName: Commons Kiosk$/m);
    expect(builder).toMatch(/perMachine: true/);
  });
});
