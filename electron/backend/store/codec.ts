import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** How a store file's JSON text becomes bytes on disk and back. */
export type Codec = {
  encode(text: string): Buffer;
  decode(bytes: Buffer): string;
  /** Names the key without revealing it, so a store can tell a wrong key before it reads anything. */
  keyId?: string;
};

export const plainCodec: Codec = {
  encode: (text) => Buffer.from(text, 'utf8'),
  decode: (bytes) => bytes.toString('utf8'),
};

const MAGIC = Buffer.from('CKE1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Whether bytes (at least the first four) start like a file this codec wrote. */
export const isEncryptedFile = (head: Buffer): boolean => head.length >= MAGIC.length && head.subarray(0, MAGIC.length).equals(MAGIC);

/** AES-256-GCM: layout is MAGIC | iv | tag | ciphertext. A wrong key or a flipped bit fails to decode. */
export function aesGcmCodec(key: Buffer): Codec {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  return {
    keyId: createHmac('sha256', key).update('commons-kiosk data key id').digest('hex').slice(0, 24),
    encode(text) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
    },
    decode(bytes) {
      if (bytes.length < MAGIC.length + IV_BYTES + TAG_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new SyntaxError('not an encrypted store file');
      }
      const iv = bytes.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
      const tag = bytes.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(bytes.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
