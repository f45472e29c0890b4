import { BrowserWindow } from 'electron';
import { pxToMm } from '../../shared/domain/print-jobs';
import { printToPdfOptions, printWindowOptions, silentPrintOptions, SILENT_PRINT_TIMEOUT_MS } from './electron-print-options';
import type { PdfEngine } from '../backend/printing/pdf-engine';
import type { PrintingOptions } from '../backend/printing/printing';
import { PrinterError, type PrinterSystem } from '../backend/printing/printers';
import type { PageSpec } from '../backend/printing/templates/layout';
import { SerialQueue } from '../backend/store/serial-queue';

// The Electron print path, kept thin: a hidden sandboxed window lays the document out, then either
// printToPDF (the PDF goes to CUPS or the PDF folder like in the browser host) or, on Windows,
// a silent print to the named device. Not run on the development machines (no Electron binary there).

const queue = new SerialQueue();

/** Loads one document into a fresh hidden window, runs `use`, always closes the window. */
async function withDocument<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow(printWindowOptions());
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

async function pageHeightMm(win: BrowserWindow, page: PageSpec): Promise<number> {
  if (page.heightMm !== null) return page.heightMm;
  const px = Number(await win.webContents.executeJavaScript('Math.ceil(document.documentElement.getBoundingClientRect().height)'));
  return Math.ceil(pxToMm(px)) + 1 + 2 * page.marginMm;
}

export const electronPdfEngine: PdfEngine = {
  toPdf: (html, page) =>
    queue.run(() =>
      withDocument(html, async (win) => {
        const heightMm = await pageHeightMm(win, page);
        const bytes = await win.webContents.printToPDF(printToPdfOptions({ ...page, heightMm }));
        return { bytes, widthMm: page.widthMm, heightMm };
      }),
    ),
  close: async () => undefined,
};

/** Windows: the system's printers through Chromium, printed silently with an explicit page size. */
export const electronPrinters: PrinterSystem = {
  async list() {
    return queue.run(() =>
      withDocument('<!doctype html><title>printers</title>', async (win) => {
        const printers = await win.webContents.getPrintersAsync();
        return printers.map((p) => ({ name: p.name, kind: 'system' as const, state: (p.options as Record<string, string | undefined>)['printer-state'] === '5' ? ('stopped' as const) : ('ready' as const) }));
      }),
    );
  },
  async state(name) {
    const found = (await this.list()).find((p) => p.name === name);
    if (!found) return 'missing';
    return found.state === 'stopped' ? 'stopped' : 'ready';
  },
  submit: (name, payload) =>
    queue.run(() =>
      withDocument(payload.html, async (win) => {
        const heightMm = await pageHeightMm(win, payload.page);
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new PrinterError(`No answer from ${name} after ${SILENT_PRINT_TIMEOUT_MS / 1000} s`)), SILENT_PRINT_TIMEOUT_MS);
          win.webContents.print(silentPrintOptions(name, { widthMm: payload.page.widthMm, heightMm }), (success, reason) => {
            clearTimeout(timer);
            if (success) resolve();
            else reject(new PrinterError(`${name}: ${reason || 'print failed'}`));
          });
        });
      }),
    ),
};

/** What the Electron main process passes to openBackend: printToPDF everywhere, silent printing on Windows. */
export function electronPrintingOptions(): PrintingOptions {
  return { engine: electronPdfEngine, ...(process.platform === 'win32' ? { system: electronPrinters } : {}) };
}
