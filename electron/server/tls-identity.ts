// The branch host's TLS identity: one key made at first start (kept encrypted in the data directory),
// and a self-signed certificate for the names and addresses it answers to. Devices pin the key's
// SPKI SHA-256 at pairing, so a certificate re-issued for new names (same key) keeps every pairing.
import 'reflect-metadata';
import { createHash, createPrivateKey, createPublicKey, randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import * as x509 from '@peculiar/x509';
import type { TlsIdentity } from '../backend/devices/devices';

x509.cryptoProvider.set(webcrypto);

const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A certificate is made for this long, and made again (same key) when less than RENEW_DAYS are left. */
export const CERT_DAYS = 825;
const RENEW_DAYS = 30;

const pemBody = (pem: string): Buffer => Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');

/** SHA-256 of the certificate's SubjectPublicKeyInfo: hex for people, base64 for Chromium's SPKI pin list. */
export function spkiFingerprint(certPem: string): { hex: string; base64: string } {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  const digest = createHash('sha256').update(spki).digest();
  return { hex: digest.toString('hex'), base64: digest.toString('base64') };
}

/** `3F2A91C0…` as `3F2A 91C0 …`: sixteen groups of four, easy to read aloud and compare. */
export const formatFingerprint = (hex: string): string => (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');

/** Whether the certificate is good for another RENEW_DAYS and names every one of `names`. */
export function certificateCovers(certPem: string, names: readonly string[], now: Date): boolean {
  const cert = new X509Certificate(certPem);
  if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_DAYS * DAY_MS) return false;
  const listed = new Set((cert.subjectAltName ?? '').split(',').map((entry) => entry.trim().replace(/^(DNS|IP Address):/, '').toLowerCase()));
  return names.every((name) => listed.has(name.toLowerCase()));
}

/** A self-signed server certificate for `names` (host names and IP addresses), with the given key or a new P-256 key. */
export async function createTlsIdentity(options: { names: readonly string[]; now: Date; keyPem?: string }): Promise<TlsIdentity> {
  const keyPem = options.keyPem ?? (await newKeyPem());
  const privateKey = await webcrypto.subtle.importKey('pkcs8', pemBody(keyPem), algorithm, false, ['sign']);
  const spki = createPublicKey(createPrivateKey(keyPem)).export({ type: 'spki', format: 'der' });
  const publicKey = await webcrypto.subtle.importKey('spki', spki, algorithm, true, ['verify']);
  const names = [...new Set(options.names)];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(12).toString('hex'),
    name: 'CN=Commons Kiosk branch host',
    notBefore: new Date(options.now.getTime() - DAY_MS),
    notAfter: new Date(options.now.getTime() + CERT_DAYS * DAY_MS),
    keys: { privateKey, publicKey },
    signingAlgorithm: algorithm,
    extensions: [
      new x509.SubjectAlternativeNameExtension(names.map((value) => (isIP(value) ? { type: 'ip' as const, value } : { type: 'dns' as const, value }))),
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    ],
  });
  return { keyPem, certPem: cert.toString('pem') };
}

async function newKeyPem(): Promise<string> {
  const pair = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * The host's identity for this start: the stored one while it covers `names`; otherwise a new
 * certificate for the same key (or, at first start, a new key), stored before it is used.
 */
export async function ensureTlsIdentity(
  stored: { get(): TlsIdentity | null; save(identity: TlsIdentity): Promise<void> },
  names: readonly string[],
  now: Date,
): Promise<TlsIdentity & { fingerprint: string }> {
  const current = stored.get();
  let identity = current;
  if (!identity || !certificateCovers(identity.certPem, names, now)) {
    identity = await createTlsIdentity({ names, now, keyPem: current?.keyPem });
    await stored.save(identity);
  }
  return { ...identity, fingerprint: formatFingerprint(spkiFingerprint(identity.certPem).hex) };
}

/** Whether a certificate (PEM) carries the pinned key: `pin` is the hex SPKI SHA-256, with or without spaces or colons. */
export function matchesPin(certPem: string, pin: string): boolean {
  const wanted = pin.replace(/[\s:]/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(wanted)) return false;
  try {
    return spkiFingerprint(certPem).hex === wanted;
  } catch {
    return false;
  }
}
