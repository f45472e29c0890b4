// Results cross every process and network boundary as values, never as throws.

export type FieldIssue = { path: string; code: string };

export type KioskError = {
  /** Stable machine code; the renderer translates `errors.<code>`. */
  code: string;
  /** English fallback for logs and for callers without translations. */
  message: string;
  params?: Record<string, string | number>;
  fields?: FieldIssue[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: KioskError): Result<never> => ({ ok: false, error });

/** Thrown inside the backend; the dispatcher turns it into `{ ok: false }`. */
export class KioskFailure extends Error {
  readonly code: string;
  readonly params?: Record<string, string | number>;
  readonly fields?: FieldIssue[];
  constructor(code: string, message: string, params?: Record<string, string | number>, fields?: FieldIssue[]) {
    super(message);
    this.code = code;
    this.params = params;
    this.fields = fields;
  }
}

export const isKioskFailure = (e: unknown): e is KioskFailure => e instanceof KioskFailure;
