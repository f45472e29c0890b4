import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { mmToInches, mmToMicrons } from '../../shared/domain/print-jobs';

// The option objects of the Electron print path, kept apart from `electron` so plain Node tests them.

/** A hidden window that only lays out one document: no preload, no Node, sandboxed, never shown. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 800,
    height: 1000,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: true,
      images: true,
      spellcheck: false,
      devTools: false,
      offscreen: false,
    },
  };
}

/** `webContents.printToPDF` takes inches (Chromium's own unit there), margins included. */
export function printToPdfOptions(page: { widthMm: number; heightMm: number; marginMm: number }): PrintToPDFOptions {
  const margin = mmToInches(page.marginMm);
  return {
    pageSize: { width: mmToInches(page.widthMm), height: mmToInches(page.heightMm) },
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: false,
  };
}

/**
 * Silent printing to a named device (Windows): the known-good recipe is an explicit device name,
 * an explicit page size in microns (without it Electron prints A4) and no margins.
 */
export function silentPrintOptions(deviceName: string, page: { widthMm: number; heightMm: number }): WebContentsPrintOptions {
  return {
    silent: true,
    deviceName,
    printBackground: true,
    color: false,
    copies: 1,
    margins: { marginType: 'none' },
    pageSize: { width: mmToMicrons(page.widthMm), height: mmToMicrons(page.heightMm) },
  };
}

/** Electron's `print` callback sometimes never fires: give up after this long and retry later. */
export const SILENT_PRINT_TIMEOUT_MS = 30_000;
