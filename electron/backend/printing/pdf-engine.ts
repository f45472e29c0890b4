import { execFileSync } from 'node:child_process';
import type { Browser, BrowserType, Page } from 'playwright-core';
import { CSS_PX_PER_INCH, MM_PER_INCH, pxToMm } from '../../../shared/domain/print-jobs';
import { SerialQueue } from '../store/serial-queue';
import type { PageSpec } from './templates/layout';

/** The PDF and the page size it came out at (a receipt's height is measured from its content). */
export type RenderedPdf = { bytes: Buffer; widthMm: number; heightMm: number };

/** Turns a laid-out document into PDF bytes at an exact page size. */
export type PdfEngine = {
  toPdf(html: string, page: PageSpec): Promise<RenderedPdf>;
  close(): Promise<void>;
};

/** Chromium's own flags as root in a closed network (same as playwright.config.ts). */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

const mmToPx = (mm: number): number => (mm * CSS_PX_PER_INCH) / MM_PER_INCH;

/** Receipt height in mm from the laid-out content, rounded up so it never spills onto a second page. */
export const receiptHeightMm = (contentPx: number): number => Math.ceil(pxToMm(contentPx)) + 1;

/**
 * The browser host's engine: one warm headless Chromium (system binary, through playwright-core)
 * and one page, reused for every document; renders run one at a time. Launches on first use and
 * relaunches if Chromium went away.
 */
export function chromiumPdfEngine(options: { executablePath?: string | null } = {}): PdfEngine {
  const queue = new SerialQueue();
  let browser: Browser | null = null;
  let page: Page | null = null;

  const ready = async (): Promise<Page> => {
    if (page && !page.isClosed() && browser?.isConnected()) return page;
    await browser?.close().catch(() => undefined);
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath) throw new Error('No Chromium found for printing (set CHROMIUM_PATH)');
    // A variable specifier keeps the bundler from inlining playwright-core into the app.
    const moduleName = 'playwright-core';
    const playwright = (await import(/* @vite-ignore */ moduleName)) as { chromium: BrowserType };
    browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs, headless: true });
    page = await browser.newPage({ javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    return page;
  };

  return {
    toPdf: (html, spec) =>
      queue.run(async () => {
        const p = await ready();
        const contentWidthMm = spec.widthMm - 2 * spec.marginMm;
        await p.setViewportSize({ width: Math.round(mmToPx(contentWidthMm)), height: 800 });
        await p.setContent(html, { waitUntil: 'load' });
        let heightMm = spec.heightMm;
        if (heightMm === null) {
          // Page JavaScript is off; evaluation runs in Playwright's own world.
          const contentPx = Number(await p.evaluate('Math.ceil(document.documentElement.getBoundingClientRect().height)'));
          heightMm = receiptHeightMm(contentPx) + 2 * spec.marginMm;
        }
        // Inches: Playwright's mm factor is rounded (3.78 px/mm), which makes Letter 0.3 mm too wide.
        const inches = (mm: number): string => `${mm / MM_PER_INCH}in`;
        const margin = inches(spec.marginMm);
        const bytes = await p.pdf({
          width: inches(spec.widthMm),
          height: inches(heightMm),
          margin: { top: margin, right: margin, bottom: margin, left: margin },
          printBackground: true,
          preferCSSPageSize: false,
        });
        return { bytes, widthMm: spec.widthMm, heightMm };
      }),
    close: async () => {
      await queue.run(async () => {
        await browser?.close().catch(() => undefined);
        browser = null;
        page = null;
      });
    },
  };
}
