import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Printer } from '../../../shared/contract/printing';
import { PDF_FOLDER_PRINTER } from '../../../shared/domain/print-jobs';
import { ensureDir, writeFileDurable } from '../store/durable-file';
import type { RenderedPdf } from './pdf-engine';
import type { PageSpec } from './templates/layout';

/** One job on its way to paper: the PDF is made only if the target needs it. */
export type PrintPayload = {
  jobId: string;
  title: string;
  html: string;
  page: PageSpec;
  pdf(): Promise<RenderedPdf>;
};

export type PrinterState = 'ready' | 'stopped' | 'missing';

/** The system's printers: CUPS on Linux and macOS, Electron's device list on Windows. */
export type PrinterSystem = {
  list(): Promise<Printer[]>;
  /** Checked before every submission, so a stopped queue makes the job wait here, not inside the spooler. */
  state(name: string): Promise<PrinterState>;
  /** Resolves once the system has accepted the job; rejects otherwise. */
  submit(name: string, payload: PrintPayload): Promise<void>;
};

export class PrinterError extends Error {}

type Run = (file: string, args: string[]) => Promise<{ stdout: string; stderr: string }>;

const run: Run = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 15_000, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } }, (error, stdout, stderr) => {
      if (error) reject(new PrinterError(`${file} ${args.join(' ')}: ${(stderr || error.message).trim()}`));
      else resolve({ stdout, stderr });
    });
  });

/** `lpstat -p` lines: "printer kiosk-receipt is idle.  enabled since …" / "printer x disabled since …". */
export function parseLpstatPrinters(stdout: string): { name: string; state: 'ready' | 'stopped' }[] {
  const found: { name: string; state: 'ready' | 'stopped' }[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^printer (\S+) (.*)$/.exec(line.trim());
    if (!match?.[1]) continue;
    found.push({ name: match[1], state: /\bdisabled\b/.test(match[2] ?? '') ? 'stopped' : 'ready' });
  }
  return found;
}

/** The `media` option for a page: Letter and A4 by name, anything else (receipts) as a custom size. */
export function cupsMedia(page: { widthMm: number; heightMm: number }): string {
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.5;
  if (near(page.widthMm, 215.9) && near(page.heightMm, 279.4)) return 'Letter';
  if (near(page.widthMm, 210) && near(page.heightMm, 297)) return 'A4';
  const mm = (n: number): string => String(Math.round(n * 100) / 100);
  return `Custom.${mm(page.widthMm)}x${mm(page.heightMm)}mm`;
}

/** CUPS through its command-line tools (cups-client, cups-bsd): lpstat to look, lp to print. */
export function cupsPrinters(options: { spoolDir: string; run?: Run }): PrinterSystem {
  const exec = options.run ?? run;
  return {
    async list() {
      const names = await exec('lpstat', ['-e']).then(
        (r) => r.stdout.split('\n').map((l) => l.trim()).filter((l) => l.length > 0),
        () => [] as string[],
      );
      const states = await exec('lpstat', ['-p']).then((r) => parseLpstatPrinters(r.stdout), () => []);
      return names.map((name) => ({ name, kind: 'system' as const, state: states.find((s) => s.name === name)?.state ?? ('unknown' as const) }));
    },
    async state(name) {
      try {
        const { stdout } = await exec('lpstat', ['-p', name]);
        return parseLpstatPrinters(stdout).find((p) => p.name === name)?.state ?? 'missing';
      } catch {
        return 'missing';
      }
    },
    async submit(name, payload) {
      const pdf = await payload.pdf();
      await ensureDir(options.spoolDir);
      const file = path.join(options.spoolDir, `${payload.jobId}.pdf`);
      await fs.writeFile(file, pdf.bytes);
      try {
        // The title names the job in CUPS (and the cups-pdf file): kiosk-<jobId>. Without an explicit
        // media CUPS would scale the page onto the queue's default paper (often A4).
        await exec('lp', ['-d', name, '-t', `kiosk-${payload.jobId}`, '-o', `media=${cupsMedia(pdf)}`, '--', file]);
      } finally {
        await fs.rm(file, { force: true });
      }
    },
  };
}

/** No printing system at all (tests, a machine without CUPS): only the PDF folder is offered. */
export const noPrinters: PrinterSystem = {
  list: async () => [],
  state: async () => 'missing',
  submit: async () => {
    throw new PrinterError('No printing system');
  },
};

const safeName = (text: string): string => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'document';

/** The "save PDF to a folder" target: <pdfDir>/<title>-<jobId>.pdf, written durably. */
export function pdfFolderTarget(pdfDir: string): { printer: Printer; submit(payload: PrintPayload): Promise<string> } {
  return {
    printer: { name: PDF_FOLDER_PRINTER, kind: 'pdf-folder', state: 'ready' },
    async submit(payload) {
      await ensureDir(pdfDir);
      const file = path.join(pdfDir, `${safeName(payload.title)}-${payload.jobId}.pdf`);
      await writeFileDurable(file, (await payload.pdf()).bytes);
      return file;
    },
  };
}
