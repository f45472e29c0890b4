import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aesGcmCodec, plainCodec } from './codec';

describe('aesGcmCodec', () => {
  const codec = aesGcmCodec(randomBytes(32));

  it('round-trips text, with a fresh IV each time', () => {
    const text = JSON.stringify({ name: 'Zoë', note: 'blood pressure 120/80' });
    const a = codec.encode(text);
    const b = codec.encode(text);
    expect(codec.decode(a)).toBe(text);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('blood'))).toBe(false);
  });

  it('refuses a wrong key, a flipped bit, a truncated file and plain JSON', () => {
    const bytes = codec.encode('{"a":1}');
    expect(() => aesGcmCodec(randomBytes(32)).decode(bytes)).toThrow();
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => codec.decode(flipped)).toThrow();
    expect(() => codec.decode(bytes.subarray(0, 20))).toThrow(SyntaxError);
    expect(() => codec.decode(plainCodec.encode('{"a":1}'))).toThrow(SyntaxError);
  });

  it('needs a 32-byte key', () => {
    expect(() => aesGcmCodec(randomBytes(16))).toThrow(/32-byte/);
  });
});
