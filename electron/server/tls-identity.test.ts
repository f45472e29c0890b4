import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TlsIdentity } from '../backend/devices/devices';
import { certificateCovers, createTlsIdentity, ensureTlsIdentity, formatFingerprint, matchesPin, spkiFingerprint } from './tls-identity';

const now = new Date('2026-06-01T12:00:00Z');

describe('TLS identity', () => {
  it('makes a P-256 server certificate for the names and addresses given', async () => {
    const identity = await createTlsIdentity({ names: ['branch-host', '192.168.1.20', '::1'], now });
    const cert = new X509Certificate(identity.certPem);
    expect(cert.subjectAltName).toBe('DNS:branch-host, IP Address:192.168.1.20, IP Address:0:0:0:0:0:0:0:1');
    expect(cert.publicKey.asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
    expect(cert.checkPrivateKey(await import('node:crypto').then((c) => c.createPrivateKey(identity.keyPem)))).toBe(true);
    expect(cert.ca).toBe(false);
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(now.getTime() + 800 * 86_400_000);
    expect(identity.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('keeps the key, and so the pinned fingerprint, when the certificate is made again for other names', async () => {
    const first = await createTlsIdentity({ names: ['branch-host'], now });
    const again = await createTlsIdentity({ names: ['branch-host', '10.0.0.5'], now, keyPem: first.keyPem });
    expect(again.certPem).not.toBe(first.certPem);
    expect(spkiFingerprint(again.certPem)).toEqual(spkiFingerprint(first.certPem));
    const other = await createTlsIdentity({ names: ['branch-host'], now });
    expect(spkiFingerprint(other.certPem).hex).not.toBe(spkiFingerprint(first.certPem).hex);
  });

  it('says when a certificate no longer covers the names or is near its end', async () => {
    const identity = await createTlsIdentity({ names: ['branch-host', '10.0.0.5'], now });
    expect(certificateCovers(identity.certPem, ['BRANCH-HOST', '10.0.0.5'], now)).toBe(true);
    expect(certificateCovers(identity.certPem, ['branch-host', '10.0.0.6'], now)).toBe(false);
    expect(certificateCovers(identity.certPem, ['branch-host'], new Date(now.getTime() + 810 * 86_400_000))).toBe(false);
  });

  it('is made once, stored, and made again only for new names', async () => {
    let stored: TlsIdentity | null = null;
    let saves = 0;
    const store = { get: () => stored, save: async (i: TlsIdentity) => void ((stored = i), saves++) };
    const first = await ensureTlsIdentity(store, ['branch-host'], now);
    const same = await ensureTlsIdentity(store, ['branch-host'], now);
    expect(same).toEqual(first);
    expect(saves).toBe(1);
    const wider = await ensureTlsIdentity(store, ['branch-host', 'desk.local'], now);
    expect(saves).toBe(2);
    expect(wider.fingerprint).toBe(first.fingerprint);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  });

  it('pins by the key: the right fingerprint in any spelling passes, anything else fails', async () => {
    const identity = await createTlsIdentity({ names: ['branch-host'], now });
    const other = await createTlsIdentity({ names: ['branch-host'], now });
    const { hex } = spkiFingerprint(identity.certPem);
    expect(matchesPin(identity.certPem, hex)).toBe(true);
    expect(matchesPin(identity.certPem, formatFingerprint(hex))).toBe(true);
    expect(matchesPin(identity.certPem, hex.toUpperCase().match(/../g)!.join(':'))).toBe(true);
    expect(matchesPin(other.certPem, hex)).toBe(false);
    expect(matchesPin(identity.certPem, hex.slice(0, 60))).toBe(false);
    expect(matchesPin('not a certificate', hex)).toBe(false);
  });
});
