// A branch device as a script: HTTPS to the host, trusting only the pinned key (tests and bench:branch).
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { matchesPin } from './tls-identity';

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

const pemOf = (raw: Buffer): string => `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`;

/**
 * An agent that accepts the host's self-signed certificate only when its key matches `pin` (hex SPKI
 * SHA-256): chain checks are replaced by the pin, exactly as a paired device pins at pairing.
 */
export function pinnedAgent(pin: string, options: { keepAlive?: boolean; maxVersion?: 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3' } = {}): https.Agent {
  // No session resumption: a resumed session may carry no peer certificate, and every connection must show the pinned key.
  const agent = new https.Agent({ keepAlive: options.keepAlive ?? true, maxCachedSessions: 0, rejectUnauthorized: false, maxVersion: options.maxVersion, minVersion: options.maxVersion === 'TLSv1.1' ? 'TLSv1' : undefined });
  const create = agent.createConnection.bind(agent) as (...args: unknown[]) => TLSSocket;
  agent.createConnection = ((...args: unknown[]) => {
    const socket = create(...args);
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      if (!cert.raw || !matchesPin(pemOf(cert.raw), pin)) socket.destroy(new Error('certificate does not match the pinned fingerprint'));
    });
    return socket;
  }) as typeof agent.createConnection;
  return agent;
}

export function request(url: string, options: { agent: https.Agent; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Opens the event stream and calls `onTopics` for each change event; resolves once the stream is open. */
export function openEvents(url: string, options: { agent: https.Agent; headers: Record<string, string>; onTopics: (topics: string[]) => void; onEnd?: () => void }): Promise<{ status: number; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: 'GET', headers: { Accept: 'text/event-stream', ...options.headers }, agent: options.agent }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (data) options.onTopics((JSON.parse(data) as { topics: string[] }).topics);
        }
      });
      res.on('end', () => options.onEnd?.());
      res.on('close', () => options.onEnd?.());
      resolve({ status: res.statusCode ?? 0, close: () => req.destroy() });
    });
    req.on('error', (error) => {
      options.onEnd?.();
      reject(error);
    });
    req.end();
  });
}
