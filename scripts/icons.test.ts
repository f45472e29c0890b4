import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_RESOURCES, ICO_SIZES, LINUX_SIZES, SOURCE_HASH_FILE, icoOf, sourceHash } from './make-icons.mjs';

/** Width and height from a PNG's IHDR chunk (and proof it is a PNG at all). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Each image of an ICO: its declared size (0 means 256) and the PNG it holds. */
function icoEntries(bytes: Buffer): { declared: number; png: Buffer }[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const length = bytes.readUInt32LE(at + 8);
    const offset = bytes.readUInt32LE(at + 12);
    return { declared: bytes.readUInt8(at) || 256, png: bytes.subarray(offset, offset + length) };
  });
}

describe('application icons (build-resources, from resources/icon/icon.svg)', () => {
  it('has a Linux PNG for every size, each the size its name says', () => {
    for (const size of LINUX_SIZES) {
      const file = path.join(BUILD_RESOURCES, 'icons', `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
    expect(LINUX_SIZES).toContain(256);
  });

  it('has a Windows icon.ico holding 16 to 256 px images, each the size its entry declares', () => {
    const entries = icoEntries(readFileSync(path.join(BUILD_RESOURCES, 'icon.ico')));
    expect(entries.map((e) => e.declared)).toEqual(ICO_SIZES);
    for (const entry of entries) expect(pngSize(entry.png)).toEqual({ width: entry.declared, height: entry.declared });
    expect(Math.max(...entries.map((e) => e.declared))).toBeGreaterThanOrEqual(256);
  });

  it('has icon.png at 512 px (electron-builder falls back to it)', () => {
    expect(pngSize(readFileSync(path.join(BUILD_RESOURCES, 'icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('was drawn from the current SVG (run `npm run icons` after changing it)', () => {
    expect(readFileSync(SOURCE_HASH_FILE, 'utf8').split(/\s+/)[0]).toBe(sourceHash());
  });

  it('reads back an ICO the way it writes one (the reader above is not fooled)', () => {
    const png = readFileSync(path.join(BUILD_RESOURCES, 'icons', '16x16.png'));
    const ico = icoOf([{ size: 16, png }]);
    expect(icoEntries(ico)).toEqual([{ declared: 16, png }]);
    expect(() => pngSize(Buffer.from('not a png at all, not at all'))).toThrow();
  });
});
