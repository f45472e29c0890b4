import type { SafeHtml } from './templates/html';
import type { LanguageCode } from '../../../shared/languages';
import type { StaffRole } from '../../../shared/roles';

export type Paper = 'receipt' | 'sheet';

/** What a feature's template gives the printing pipeline for one record. */
export type RenderedDocument = {
  /** Short title (also the PDF title and the job's label for staff). */
  title: string;
  /** Body markup, built with the escaping `html` tag from templates/html.ts. */
  body: SafeHtml;
  /** Printed as a QR code (record number staff will scan or type). */
  qrText?: string;
};

export type DocumentTemplate = {
  paper: Paper;
  /** For documents whose paper depends on the record (the test page); defaults to `paper`. */
  paperOf?: (ref: string) => Paper;
  /** Staff roles that may preview, reprint, redirect, cancel or list jobs of this document (required: no default, so no document leaks by omission). */
  roles: readonly StaffRole[];
  /** Renders a record in a language; throws KioskFailure('not-found') for an unknown ref. */
  render(ref: string, language: LanguageCode): Promise<RenderedDocument> | RenderedDocument;
};

export type PrintRequest = {
  /** A registered document kind, for example `grocery.receipt`. */
  kind: string;
  /** The record's id (order, booking, ticket, visit). */
  ref: string;
  language: LanguageCode;
  /** Sheets only: add an English copy for staff. */
  englishCopy?: boolean;
};

export type PrintOutcome = {
  jobId: string;
  /** `done` if the first attempt printed within the wait; otherwise staff will see it waiting. */
  status: 'queued' | 'printing' | 'done' | 'failed' | 'cancelled';
};

export type PrintService = {
  registerDocument(kind: string, template: DocumentTemplate): void;
  /** Queues a job durably and tries it at once; never throws for printer trouble. */
  print(request: PrintRequest, options?: { waitMs?: number }): Promise<PrintOutcome>;
  /** A patron's slip or receipt: queued once per record, however often the write behind it is retried. */
  printOnce(request: PrintRequest, options?: { waitMs?: number }): Promise<PrintOutcome>;
  /** Complete HTML for preview (staff) and tests. */
  renderHtml(request: PrintRequest): Promise<string>;
  /** The document as a PDF to save (not queued, not printed): the same layout and engine as a printed job. */
  renderPdf(request: PrintRequest): Promise<Buffer>;
};
