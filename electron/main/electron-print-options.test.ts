import { describe, expect, it } from 'vitest';
import { printToPdfOptions, printWindowOptions, silentPrintOptions } from './electron-print-options';

describe('Electron print options', () => {
  it('lays documents out in a hidden, sandboxed window without Node', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('gives printToPDF its page in inches', () => {
    expect(printToPdfOptions({ widthMm: 215.9, heightMm: 279.4, marginMm: 12.7 })).toMatchObject({
      pageSize: { width: 8.5, height: 11 },
      margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 },
      preferCSSPageSize: false,
    });
    const receipt = printToPdfOptions({ widthMm: 80, heightMm: 120, marginMm: 0 });
    expect(receipt.pageSize).toEqual({ width: 80 / 25.4, height: 120 / 25.4 });
  });

  it('prints silently to a named device with the page in microns and no margins', () => {
    expect(silentPrintOptions('EPSON TM-T88V', { widthMm: 80, heightMm: 143.26 })).toEqual({
      silent: true,
      deviceName: 'EPSON TM-T88V',
      printBackground: true,
      color: false,
      copies: 1,
      margins: { marginType: 'none' },
      pageSize: { width: 80_000, height: 143_260 },
    });
  });
});
