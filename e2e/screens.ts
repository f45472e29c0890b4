// `npm run screens`: a PNG of every patron screen and the main staff screens, portrait and landscape, in every
// language the app ships, with a contact sheet at reports/screens/index.html. Look at it before calling a screen done.
// Patron screens come from the walks in patron-walks.ts (the layout spec walks the same ones).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { isLanguageCode, languageCodes, languageNames, type LanguageCode } from '../shared/languages';
import { chromiumArgs, chromiumPath } from './chromium';
import { callHost, demoSignIn, demoStaff, offerEveryLanguage, startHost, type DemoRole, type KioskHost } from './host';
import { viewports } from './screens-viewports';
import { hideKeyboard, openKeyboard, patronWalks, translator, type AtOptions, type Walker } from './patron-walks';

const outDir = path.resolve('reports/screens');

type Shot = { lng: LanguageCode; group: string; name: string; files: Record<string, string> };
const shots: Shot[] = [];

/** Lets the layout settle after a resize or a tap (fonts, images, React's next frame). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(60);
}

async function photograph(page: Page, lng: LanguageCode, group: string, name: string): Promise<void> {
  const files: Record<string, string> = {};
  const before = page.viewportSize();
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await settle(page);
    const file = path.join(lng, `${group}--${name}--${viewport.name}.png`);
    await page.screenshot({ path: path.join(outDir, file), animations: 'disabled', caret: 'hide' });
    files[viewport.name] = file;
  }
  if (before) await page.setViewportSize(before);
  shots.push({ lng, group, name, files });
}

function walker(page: Page, host: KioskHost, lng: LanguageCode, group: string): Walker {
  let n = 0;
  return {
    page,
    url: host.url,
    lng,
    t: translator(lng),
    async at(name: string, options: AtOptions = {}) {
      n += 1;
      const label = `${String(n).padStart(2, '0')}-${name}`;
      await photograph(page, lng, group, label);
      if (options.keyboard && (await openKeyboard(page))) {
        await photograph(page, lng, group, `${label}-keyboard`);
        await hideKeyboard(page);
      }
    },
  };
}

async function signIn(page: Page, url: string, lng: LanguageCode, role: DemoRole): Promise<void> {
  const { name, pin } = demoStaff[role];
  await page.goto(url);
  await page.getByRole('button', { name: languageNames[lng], exact: true }).click();
  await page.locator('.staff-entry').click();
  await page.getByRole('button', { name, exact: true }).click();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.locator('.pin-pad button[type=submit], .pin-pad .button.primary').first().click();
  await page.locator('.staff-tiles').waitFor();
}

/** Staff home, then every tile it offers to each demo role (admin, librarian, nurse). */
async function staffTour(page: Page, host: KioskHost, lng: LanguageCode): Promise<void> {
  const seen = new Set<string>();
  for (const role of ['admin', 'librarian', 'nurse'] as const) {
    await signIn(page, host.url, lng, role);
    if (role === 'admin') await photograph(page, lng, 'staff', '00-home');
    const tiles = await page.locator('.staff-tiles .tile').allInnerTexts();
    for (const [index, label] of tiles.entries()) {
      if (seen.has(label)) continue;
      seen.add(label);
      if (index > 0 || role !== 'admin') await signIn(page, host.url, lng, role);
      await page.locator('.staff-tiles .tile').nth(index).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settle(page);
      const slug = label.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      await photograph(page, lng, 'staff', `${role}-${String(index + 1).padStart(2, '0')}-${slug}`);
    }
  }
}

async function lobbyDisplay(page: Page, host: KioskHost, lng: LanguageCode): Promise<void> {
  await page.goto(`${host.url}#/display`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByTestId('nurse-waiting').waitFor();
  await photograph(page, lng, 'display', '01-waiting');
  // The nurse calls the next number (the nurse walk checked one in).
  const nurse = 'screens-nurse-console';
  await callHost(host, nurse, 'staff.signIn', await demoSignIn(() => callHost(host, nurse, 'staff.names', {}), 'nurse'));
  await callHost(host, nurse, 'nurse.callNext', {}).catch(() => undefined);
  await page.getByTestId('nurse-called').waitFor();
  await photograph(page, lng, 'display', '02-calling');
  // Check-in closes while people still wait: the room is told they will be seen.
  await callHost(host, nurse, 'nurse.setToday', { action: 'close' });
  await page.getByTestId('nurse-display-closed').waitFor();
  await photograph(page, lng, 'display', '03-closed-calling');
}

function contactSheet(): string {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const sections = languageCodes.map((lng) => {
    const mine = shots.filter((s) => s.lng === lng);
    const groups = [...new Set(mine.map((s) => s.group))];
    return `<section><h2 lang="${lng}">${escape(languageNames[lng])} (${lng})</h2>${groups
      .map(
        (group) =>
          `<h3>${escape(group)}</h3><div class="row">${mine
            .filter((s) => s.group === group)
            .map(
              (s) =>
                `<figure><figcaption>${escape(s.name)}</figcaption>${Object.values(s.files)
                  .map((f) => `<a href="${escape(f)}"><img src="${escape(f)}" alt="${escape(`${group} ${s.name}`)}" loading="lazy"></a>`)
                  .join('')}</figure>`,
            )
            .join('')}</div>`,
      )
      .join('')}</section>`;
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Commons Kiosk screens</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem;background:#eee}.row{display:flex;flex-wrap:wrap;gap:12px}
figure{margin:0;background:#fff;padding:6px;border-radius:6px}figcaption{font-weight:600;margin-bottom:4px}
img{height:240px;margin-inline-end:4px;border:1px solid #999;vertical-align:top}</style>
<h1>Commons Kiosk screens: ${shots.length} screens, ${new Date().toISOString()}</h1>${sections.join('')}</html>`;
}

async function main(): Promise<void> {
  // Arguments are walk names and language codes (`npm run screens -- hive-mentor ar`): none of a kind means all.
  const args = process.argv.slice(2);
  const only = args.filter((arg) => !isLanguageCode(arg));
  const chosen = args.filter(isLanguageCode);
  const languages = chosen.length ? languageCodes.filter((lng) => chosen.includes(lng)) : languageCodes;
  rmSync(outDir, { recursive: true, force: true });
  for (const lng of languageCodes) mkdirSync(path.join(outDir, lng), { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath || undefined, args: chromiumArgs });
  try {
    for (const lng of languages) {
      // One fresh demo per language: the walks book and register, so each language starts from the same data.
      const host = await startHost();
      try {
        await offerEveryLanguage(host);
        const page = await browser.newPage({ viewport: viewports[1], hasTouch: true });
        page.setDefaultTimeout(10_000);
        for (const walk of patronWalks.filter((w) => only.length === 0 || only.includes(w.name))) {
          await walk.run(walker(page, host, lng, walk.name)).catch((error: unknown) => {
            throw new Error(`walk ${walk.name} (${lng}) failed: ${error instanceof Error ? error.message : String(error)}`);
          });
        }
        if (only.length === 0 || only.includes('display')) await lobbyDisplay(page, host, lng);
        if (only.length === 0 || only.includes('staff')) await staffTour(page, host, lng);
        await page.close();
      } finally {
        await host.stop();
      }
      console.log(`${lng}: ${shots.filter((s) => s.lng === lng).length} screens`);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(path.join(outDir, 'index.html'), contactSheet());
  console.log(`Wrote ${shots.length} screens (×${viewports.length} orientations) to ${path.relative(process.cwd(), outDir)}/index.html`);
}

await main();
