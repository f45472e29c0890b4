// First step of `npm test`: are the system parts the end-to-end tests drive there (Debian's Chromium,
// CUPS with the kiosk test queues, poppler, the Arabic print font)? Where one is missing it runs scripts/setup-system.sh when
// it can (root on Debian, the script CI uses); otherwise it stops at once with one sentence naming the command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const QUEUES = ['kiosk-receipt', 'kiosk-sheet', 'kiosk-pdf'];
const SETUP = 'sudo bash scripts/setup-system.sh';

const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
};
const onPath = (name) => (run('sh', ['-c', `command -v ${name}`]) ?? '').trim() || null;

/** The browser Playwright will launch: CHROMIUM_PATH, else Debian's chromium on the PATH (as playwright.config.ts). */
export function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return onPath('chromium') ?? onPath('chromium-browser');
}

/** What is missing, in words a person can act on; empty when all is there. */
export function missingParts(env = process.env) {
  const missing = [];
  if (!chromiumPath(env)) missing.push(env.CHROMIUM_PATH ? `Chromium at CHROMIUM_PATH=${env.CHROMIUM_PATH}` : 'Chromium');
  if (!onPath('pdftotext')) missing.push('poppler-utils (pdftotext)');
  // The deployment test checks the kiosk's systemd units with it.
  if (!onPath('systemd-analyze')) missing.push('systemd (systemd-analyze)');
  // Arabic printouts are set in Noto Sans Arabic (fonts-noto-core).
  if (onPath('fc-list') && !(run('fc-list', ['Noto Sans Arabic']) ?? '').trim()) missing.push('fonts-noto-core (Noto Sans Arabic)');
  if (!onPath('lpstat') || !onPath('lp')) {
    missing.push('CUPS');
  } else if (!/scheduler is running/.test(run('lpstat', ['-r']) ?? '')) {
    missing.push('a running cupsd');
  } else {
    const printers = run('lpstat', ['-p']) ?? '';
    for (const queue of QUEUES) {
      const line = printers.split('\n').find((l) => l.startsWith(`printer ${queue} `));
      if (!line) missing.push(`the CUPS queue ${queue}`);
      else if (/disabled/.test(line)) missing.push(`the CUPS queue ${queue} enabled`);
    }
  }
  return missing;
}

const canSetUp = (env) => env.KIOSK_NO_SYSTEM_SETUP !== '1' && process.getuid?.() === 0 && Boolean(onPath('apt-get'));

export function checkSystem(env = process.env) {
  let missing = missingParts(env);
  if (missing.length === 0) return 0;
  if (canSetUp(env)) {
    console.log(`npm test: setting up ${missing.join(', ')} with scripts/setup-system.sh…`);
    const result = spawnSync('bash', [path.join(root, 'scripts', 'setup-system.sh')], { cwd: root, stdio: 'inherit' });
    missing = result.status === 0 ? missingParts(env) : missing;
    if (missing.length === 0) return 0;
  }
  console.error(`npm test needs ${missing.join(', ')}: run \`${SETUP}\` once (Debian or Ubuntu), then npm test again.`);
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(checkSystem());
