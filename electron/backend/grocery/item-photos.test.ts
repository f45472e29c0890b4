import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caller, dispatchOk, signIn, testBackends } from '../test-backend';
import { MAX_PHOTO_BYTES, photoKind, photoRequest, photosDirOf } from './item-photos';

// A staff photo of a catalog item: checked by its first bytes and size, stored in the data directory,
// and the only thing of the data directory the hosts will serve.
const backends = testBackends();
afterEach(() => backends.cleanup());

const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([40, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(40, 7)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)]);
const desk = 'photo-test-librarian';

async function librarian() {
  const started = await backends.start();
  await signIn(started.backend, 'librarian', desk);
  return started;
}

describe('item photos', () => {
  it('knows JPEG and WebP by their first bytes, and nothing else', () => {
    expect(photoKind(webp)).toBe('webp');
    expect(photoKind(jpeg)).toBe('jpg');
    expect(photoKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(photoKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
  });

  it('stores a photo as the item picture, replaces the old file, and removes it again', async () => {
    const { backend, dataDir } = await librarian();
    const first = await dispatchOk<{ picture: string }>(backend, 'grocery.setItemPhoto', { id: 'bananas', image: webp.toString('base64') }, desk);
    expect(first.picture).toMatch(/^photo:bananas-[0-9a-f]{12}\.webp$/);
    const second = await dispatchOk<{ picture: string }>(backend, 'grocery.setItemPhoto', { id: 'bananas', image: jpeg.toString('base64') }, desk);
    expect(second.picture).toMatch(/^photo:bananas-[0-9a-f]{12}\.jpg$/);
    expect(await readdir(photosDirOf(dataDir))).toEqual([second.picture.slice('photo:'.length)]);
    expect(await readFile(path.join(photosDirOf(dataDir), second.picture.slice('photo:'.length)))).toEqual(jpeg);
    const patronSees = await dispatchOk<{ items: { id: string; picture: string }[] }>(backend, 'grocery.catalog', {}, 'a-patron-client');
    expect(patronSees.items.find((i) => i.id === 'bananas')?.picture).toBe(second.picture);
    const cleared = await dispatchOk<{ picture: string }>(backend, 'grocery.clearItemPhoto', { id: 'bananas' }, desk);
    expect(cleared.picture).toBe('produce.svg');
    expect(await readdir(photosDirOf(dataDir))).toEqual([]);
  });

  it('refuses what is not a JPEG or WebP, a file too large, and a patron; nothing changes', async () => {
    const { backend, dataDir } = await librarian();
    const refuse = async (input: unknown, client = desk) => {
      const result = await backend.dispatch('grocery.setItemPhoto', input, caller(client));
      return result.ok ? 'accepted' : result.error.code;
    };
    expect(await refuse({ id: 'bananas', image: Buffer.from('<svg onload="alert(1)"/>'.repeat(3)).toString('base64') })).toBe('grocery.photo-invalid');
    const huge = Buffer.concat([webp, Buffer.alloc(MAX_PHOTO_BYTES)]);
    expect(await refuse({ id: 'bananas', image: huge.toString('base64') })).toBe('grocery.photo-too-large');
    expect(await refuse({ id: 'bananas', image: 'not base64!' })).toBe('invalid-input');
    expect(await refuse({ id: 'bananas', image: webp.toString('base64') }, 'a-patron-client')).toBe('sign-in-required');
    expect(await refuse({ id: 'no-such-item', image: webp.toString('base64') })).toBe('not-found');
    const catalog = await dispatchOk<{ items: { id: string; picture: string }[] }>(backend, 'grocery.catalog', {}, 'a-patron-client');
    expect(catalog.items.find((i) => i.id === 'bananas')?.picture).toBe('banana');
    expect(await readdir(photosDirOf(dataDir)).catch(() => [])).toEqual([]);
  });

  it('maps only a plain photo name to a file in the photos folder', () => {
    const dataDir = '/srv/kiosk';
    expect(photoRequest(dataDir, '/photos/bananas-0123456789ab.webp')).toEqual({ file: '/srv/kiosk/photos/bananas-0123456789ab.webp', type: 'image/webp' });
    for (const bad of ['/photos/../secret.key', '/photos/..%2fsecret.key', '/photos/secret.key', '/photos/a/b.webp', '/photos/.hidden.webp', '/photos/x.svg', '/grocery/x.webp', '/photos/']) expect(photoRequest(dataDir, bad), bad).toBeNull();
  });
});
