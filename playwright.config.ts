import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    launchOptions: {
      executablePath: chromiumPath || undefined,
      args: chromiumArgs,
    },
    trace: 'off',
  },
});
