import { describe, expect, it } from 'vitest';
import { createTlsIdentity, spkiFingerprint } from '../server/tls-identity';
import { ACCEPT, checkBranchCertificate, isBranchUrl, parseClientState, REFUSE, secondScreenBounds } from './branch-client';

const now = new Date('2026-06-01T12:00:00Z');

describe('checkBranchCertificate', () => {
  it('accepts the branch host only with the pinned key', async () => {
    const host = await createTlsIdentity({ names: ['branch-host'], now });
    const impostor = await createTlsIdentity({ names: ['branch-host'], now });
    const pinned = spkiFingerprint(host.certPem).hex;
    const origin = 'https://branch-host:5781';
    expect(checkBranchCertificate({ hostname: 'branch-host', certificatePem: host.certPem, origin, pinned })).toEqual({ verdict: ACCEPT, pinNow: null });
    expect(checkBranchCertificate({ hostname: 'Branch-Host', certificatePem: host.certPem, origin, pinned }).verdict).toBe(ACCEPT);
    expect(checkBranchCertificate({ hostname: 'branch-host', certificatePem: impostor.certPem, origin, pinned }).verdict).toBe(REFUSE);
    // Any other host, whatever its certificate: a client reaches its branch host and nothing else.
    expect(checkBranchCertificate({ hostname: 'example.org', certificatePem: host.certPem, origin, pinned }).verdict).toBe(REFUSE);
  });

  it('takes the first certificate before pairing and says which key to pin', async () => {
    const host = await createTlsIdentity({ names: ['10.0.0.5'], now });
    const first = checkBranchCertificate({ hostname: '10.0.0.5', certificatePem: host.certPem, origin: 'https://10.0.0.5:5781', pinned: null });
    expect(first).toEqual({ verdict: ACCEPT, pinNow: spkiFingerprint(host.certPem).hex });
    expect(checkBranchCertificate({ hostname: '10.0.0.5', certificatePem: 'garbage', origin: 'https://10.0.0.5:5781', pinned: null }).verdict).toBe(REFUSE);
  });
});

describe('client helpers', () => {
  it('keeps a client on its branch origin', () => {
    expect(isBranchUrl('https://branch-host:5781/api/events', 'https://branch-host:5781')).toBe(true);
    for (const url of ['https://branch-host:5782/', 'http://branch-host:5781/', 'https://evil.example/', 'not a url']) expect(isBranchUrl(url, 'https://branch-host:5781'), url).toBe(false);
  });

  it('puts the display on a monitor other than the primary one, or nowhere', () => {
    const primary = { id: 1, bounds: { x: 0, y: 0, width: 1080, height: 1920 } };
    const tv = { id: 7, bounds: { x: 1080, y: 0, width: 1920, height: 1080 } };
    expect(secondScreenBounds([primary, tv], 1)).toEqual(tv.bounds);
    expect(secondScreenBounds([primary], 1)).toBeNull();
  });

  it('reads the kept pin only for the same host', () => {
    const fingerprint = 'ab'.repeat(32);
    expect(parseClientState(JSON.stringify({ origin: 'https://h:5781', fingerprint }), 'https://h:5781')).toEqual({ origin: 'https://h:5781', fingerprint });
    expect(parseClientState(JSON.stringify({ origin: 'https://other:5781', fingerprint }), 'https://h:5781')).toBeNull();
    expect(parseClientState('{broken', 'https://h:5781')).toBeNull();
    expect(parseClientState(null, 'https://h:5781')).toBeNull();
  });
});
