import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, tlsSecurityHeaders } from './security-policy';

describe('contentSecurityPolicy', () => {
  it("starts from default-src 'none' and allows nothing remote or inline", () => {
    expect(contentSecurityPolicy.startsWith("default-src 'none'")).toBe(true);
    const directives = new Map(contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    // WebAssembly compiles (the offline read-aloud voice); JavaScript eval stays forbidden.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(contentSecurityPolicy.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('securityHeaders', () => {
  it('carry the policy, and over TLS a strict-transport header too', () => {
    expect(securityHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(securityHeaders['X-Frame-Options']).toBe('DENY');
    expect(tlsSecurityHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect('Strict-Transport-Security' in securityHeaders).toBe(false);
  });
});
