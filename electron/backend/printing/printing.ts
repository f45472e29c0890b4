import type { printingOperations } from '../../../shared/contract/printing';
import type { FeatureModule } from '../feature';
import type { Platform } from '../platform/platform';
import type { PrintService } from './print-api';

export type PrintingOptions = {
  /** Where "save PDF to a folder" puts files; defaults to <dataDir>/pdf. */
  pdfDir?: string;
};

export type PrintingModule = FeatureModule<typeof printingOperations> & { service: PrintService };

// Placeholder until the printing pipeline lands (issue 3).
export async function openPrinting(_platform: Platform, _options: PrintingOptions): Promise<PrintingModule> {
  const templates = new Map<string, unknown>();
  return {
    handlers: {},
    service: {
      registerDocument: (kind, template) => {
        templates.set(kind, template);
      },
      print: () => Promise.reject(new Error('printing is not built yet')),
      renderHtml: () => Promise.reject(new Error('printing is not built yet')),
    },
  };
}
