import { execSync } from 'node:child_process';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const chromiumPath: string =
  process.env.CHROMIUM_PATH ?? execSync('command -v chromium || command -v chromium-browser || true', { encoding: 'utf8' }).trim();

/** As root Chromium needs --no-sandbox; the rest stop it from calling the (closed) network. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
