import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateKey, type KeyProtector } from './key-file';
import { tempDirs } from './test-support';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

describe('loadOrCreateKey', () => {
  it('creates a 32-byte key in an owner-only file, and reuses it afterwards', async () => {
    const dir = await dirs.make();
    const file = path.join(dir, 'keys', 'secret.key');
    const key = await loadOrCreateKey(file, { dataDir: dir });
    expect(key).toHaveLength(32);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(key.toString('hex'));
    expect(await loadOrCreateKey(file, { dataDir: dir })).toEqual(key);
    expect(await loadOrCreateKey(path.join(dir, 'other.key'), { dataDir: dir })).not.toEqual(key);
  });

  it('tightens a key file that was copied in world-readable', async () => {
    const dir = await dirs.make();
    const file = path.join(dir, 'secret.key');
    await fs.writeFile(file, `${'ab'.repeat(32)}\n`, { mode: 0o644 });
    await fs.chmod(file, 0o644);
    expect((await loadOrCreateKey(file, { dataDir: dir })).toString('hex')).toBe('ab'.repeat(32));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['empty', ''],
    ['too short', 'ab'.repeat(16)],
    ['not hex', 'zz'.repeat(32)],
    ['too long', 'ab'.repeat(33)],
  ])('refuses a damaged key file (%s) instead of replacing it', async (_what, content) => {
    const dir = await dirs.make();
    const file = path.join(dir, 'secret.key');
    await fs.writeFile(file, content);
    await expect(loadOrCreateKey(file, { dataDir: dir })).rejects.toThrow(/is damaged; restore it from backup/);
    expect(await fs.readFile(file, 'utf8')).toBe(content);
  });

  it('stores only what the protector gives (OS keychain under Electron)', async () => {
    const dir = await dirs.make();
    const file = path.join(dir, 'secret.key');
    const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
    const protector: KeyProtector = { protect: (k) => Buffer.concat([Buffer.from('WRAP'), xor(k)]), unprotect: (s) => xor(s.subarray(4)) };
    const key = await loadOrCreateKey(file, { dataDir: dir, protector });
    const raw = await fs.readFile(file);
    expect(raw.includes(key)).toBe(false);
    expect(raw.toString('utf8')).not.toContain(key.toString('hex'));
    expect(await loadOrCreateKey(file, { dataDir: dir, protector })).toEqual(key);
    const failing: KeyProtector = { protect: (k) => k, unprotect: () => { throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'); } };
    await expect(loadOrCreateKey(file, { dataDir: dir, protector: failing })).rejects.toThrow(/cannot be unlocked .*restore it from backup/);
  });
});
