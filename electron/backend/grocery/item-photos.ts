// Product photos staff attach to catalog items: small JPEG or WebP files (the staff screen shrinks the picture
// before sending it), checked by their first bytes and size, kept in the data directory's photos/ folder and
// served from there by both hosts, and nothing else from the data directory.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PHOTO_FILE } from '../../../shared/domain/pictures';
import { KioskFailure } from '../../../shared/result';
import { ensureDir, isErrno, writeFileDurable } from '../store/durable-file';

export const MAX_PHOTO_BYTES = 300 * 1024;
const MIN_PHOTO_BYTES = 32;

export const photosDirOf = (dataDir: string): string => path.join(dataDir, 'photos');

/** What the bytes are, from their signature: JPEG (FF D8 FF) or WebP (RIFF....WEBP); null for anything else. */
export function photoKind(bytes: Uint8Array): 'jpg' | 'webp' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Checks and stores a photo sent as base64; returns its file name (`<item>-<hash>.<ext>`). */
export async function storePhoto(dataDir: string, itemId: string, base64: string): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) throw new KioskFailure('grocery.photo-too-large', 'The photo is too large', { kb: Math.round(MAX_PHOTO_BYTES / 1024) });
  const kind = bytes.length >= MIN_PHOTO_BYTES ? photoKind(bytes) : null;
  if (!kind) throw new KioskFailure('grocery.photo-invalid', 'Not a JPEG or WebP picture');
  const file = `${itemId}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${kind}`;
  if (!PHOTO_FILE.test(file)) throw new KioskFailure('grocery.photo-invalid', 'Bad photo name');
  const dir = photosDirOf(dataDir);
  await ensureDir(dir);
  await writeFileDurable(path.join(dir, file), bytes);
  return file;
}

export async function removePhoto(dataDir: string, file: string): Promise<void> {
  if (!PHOTO_FILE.test(file)) return;
  await fs.unlink(path.join(photosDirOf(dataDir), file)).catch((error: unknown) => {
    if (!isErrno(error, 'ENOENT')) throw error;
  });
}

/**
 * The stored photo a request asks for (`/photos/<file>`), or null: only a plain photo file name inside the
 * photos folder, never a path, so nothing else in the data directory can be read.
 */
export function photoRequest(dataDir: string, pathname: string): { file: string; type: string } | null {
  const match = /^\/photos\/([^/\\]+)$/.exec(pathname);
  const name = match?.[1];
  if (!name || !PHOTO_FILE.test(name)) return null;
  const dir = photosDirOf(dataDir);
  const file = path.join(dir, name);
  if (path.dirname(file) !== dir) return null;
  return { file, type: name.endsWith('.webp') ? 'image/webp' : 'image/jpeg' };
}
