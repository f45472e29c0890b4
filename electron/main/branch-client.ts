import type { Display } from 'electron';
import { matchesPin, spkiFingerprint } from '../server/tls-identity';

// Pure pieces of Electron's branch modes (client with --connect, host with a second screen), kept apart
// from `electron` itself so plain Node tests them.

/** Chromium's answers to a certificate check (setCertificateVerifyProc): accept, refuse. */
export const ACCEPT = 0;
export const REFUSE = -2;

export type CertificateCheck = {
  /** The host name Chromium connects to. */
  hostname: string;
  /** The certificate the server presented (PEM). */
  certificatePem: string;
  /** The branch host's origin (`https://HOST:PORT`), from --connect. */
  origin: string;
  /** The pinned key (hex SPKI SHA-256): from --fingerprint, or what was seen at the first connection. */
  pinned: string | null;
};

/**
 * A paired client trusts exactly one key: the branch host's, pinned at pairing. Before there is a pin
 * (the first connection), the host's certificate is taken and its fingerprint returned to be kept;
 * the "Connect to a branch" screen shows it for comparison with the host's Devices screen. Every
 * other host is refused: a client reaches nothing but its branch host.
 */
export function checkBranchCertificate(check: CertificateCheck): { verdict: typeof ACCEPT | typeof REFUSE; pinNow: string | null } {
  if (check.hostname.toLowerCase() !== new URL(check.origin).hostname.toLowerCase().replace(/^\[|\]$/g, '')) return { verdict: REFUSE, pinNow: null };
  if (check.pinned) return { verdict: matchesPin(check.certificatePem, check.pinned) ? ACCEPT : REFUSE, pinNow: null };
  try {
    return { verdict: ACCEPT, pinNow: spkiFingerprint(check.certificatePem).hex };
  } catch {
    return { verdict: REFUSE, pinNow: null };
  }
}

/** Whether a URL is on the branch host (the one network place a client window may reach). */
export function isBranchUrl(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

/** Where the lobby display goes: full screen on the first monitor that is not the kiosk's own, if any. */
export function secondScreenBounds(displays: readonly Pick<Display, 'id' | 'bounds'>[], primaryId: number): Display['bounds'] | null {
  return displays.find((d) => d.id !== primaryId)?.bounds ?? null;
}

/** The kept state of a client: which host it belongs to and the key it pinned (not secret; the token is a cookie). */
export type BranchClientState = { origin: string; fingerprint: string };

export function parseClientState(text: string | null, origin: string): BranchClientState | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<BranchClientState>;
    // A state for another host (the device was moved) pins nothing.
    return value.origin === origin && typeof value.fingerprint === 'string' && /^[0-9a-f]{64}$/.test(value.fingerprint) ? { origin, fingerprint: value.fingerprint } : null;
  } catch {
    return null;
  }
}
