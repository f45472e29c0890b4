import { randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** Short, unambiguous codes people read aloud or type (no 0/O, 1/I). */
const READABLE = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export function readableCode(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += READABLE[byte % READABLE.length];
  return out;
}
