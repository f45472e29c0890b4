// Every patron step, as the walks in patron-walks.ts reach it, in both orientations and every language the app
// ships: the main action and Home inside the screen (also with the on-screen keyboard open), no sideways
// scrolling, confirmations without a blank band, body text of 20 px or more, main actions 64 px or taller, other targets 48 px or more, axe clean;
// with read-aloud on (turned on at the start of each visit, so its controls are measured too): what the screen
// says has its progress, heading, every choice and the main action, and never a patron's typed details.
// A new step is covered by walking it in patron-walks.ts; a counted step no walk reaches fails the spec.
import type { Page } from '@playwright/test';
import { languageCodes, languageNames } from '../shared/languages';
import { expect, expectAccessible, test } from './fixtures';
import { offerEveryLanguage } from './host';
import { backAction, hideKeyboard, homeAction, openKeyboard, patronWalks, translator, type Walker } from './patron-walks';
import { viewports } from './screens-viewports';

type Problem = string;

/** What the walks type as patrons: never said aloud. */
// (The grocery walk's phone is the example the screen itself gives; read-aloud.spec.ts checks that review.)
const typedByWalks = ['Rosa Díaz', 'Ana Ruiz', 'Lucía Gómez', 'Marco Silva', 'Marisol', 'Walker', 'walker@example.org', '8888', '7777', '030-0001', '030-0002', '040-1234'];

/**
 * Read-aloud on the screen as the patron has it: turned on if it is off (a new visit), then "Read again", and what
 * is said checked against what the screen shows to a screen reader (Playwright's accessible names and text).
 */
async function checkReadAloud(page: Page, lng: (typeof languageCodes)[number], where: string): Promise<Problem[]> {
  const t = translator(lng);
  const problems: Problem[] = [];
  const control = page.locator('.read-aloud').first();
  if (!(await control.count())) return [`${where}: no read-aloud control`];
  const toggle = control.getByRole('button', { name: t('readAloud.button'), exact: true });
  const dialog = page.locator('dialog[open]');
  const inDialog = (await dialog.count()) > 0;
  // A dialog is read as it opens (its screen's control is under it); a screen is read again on request.
  if (inDialog && (await toggle.getAttribute('aria-pressed')) !== 'true') return [`${where}: read-aloud was off when the dialog opened`];
  if (!inDialog) {
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await control.getByRole('button', { name: t('readAloud.again'), exact: true }).click();
  }
  const scope = inDialog ? dialog : page.locator('main');
  const expected = [
    ...(await scope.locator('.step-progress').allInnerTexts()),
    ...(await scope.locator('h1, dialog[open] h2').allInnerTexts()),
    ...(await scope.locator('.choice-card .choice-label').allInnerTexts()),
    ...(await scope.locator('[data-action=main]').allInnerTexts()).map((text) => text.replace(/\s*›\s*$/, '')),
  ].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const said = page.getByTestId('read-aloud-said');
  await expect(said).toHaveCount(1);
  // Read again was pressed: wait for the reading of this screen (its heading) rather than a touch before it.
  await expect.poll(async () => ((await said.getAttribute('data-said')) ?? '').replace(/\s+/g, ' '), { message: `${where}: read aloud` }).toContain(expected[0] ?? '');
  const text = ((await said.getAttribute('data-said')) ?? '').replace(/\s+/g, ' ');
  for (const part of expected) if (!text.includes(part)) problems.push(`${where}: read-aloud does not say "${part}"`);
  for (const secret of typedByWalks) if (text.includes(secret)) problems.push(`${where}: read-aloud says what the patron typed ("${secret}")`);
  return problems;
}

/** Measures the screen as a patron would meet it; returns what is wrong, in words. */
async function measure(page: Page, keyboardOpen: boolean): Promise<Problem[]> {
  return page.evaluate((keyboardOpen) => {
    const problems: string[] = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    /** Inside the viewport and on top: a tap at its middle lands on it (not on the keyboard or a dialog). */
    const reachable = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && (hit === el || el.contains(hit));
    };
    const dialog = document.querySelector('dialog[open]');
    if (dialog) {
      // A dialog on top: its own actions are what the patron can reach.
      const r = dialog.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) problems.push('the dialog does not fit on the screen');
      for (const el of dialog.querySelectorAll('button')) if (shown(el) && !reachable(el)) problems.push(`dialog button ${name(el)} is not on screen`);
    }
    const main = dialog ? null : document.querySelector('[data-action=main]');
    const home = dialog ? null : document.querySelector('[data-action=home]');
    if (!dialog && (!home || !reachable(home))) problems.push(`Home is not on screen${keyboardOpen ? ' with the keyboard open' : ''}`);
    if (main && !reachable(main)) problems.push(`the main action is not on screen${keyboardOpen ? ' with the keyboard open' : ''}`);
    if (main && main.getBoundingClientRect().height < 64) problems.push(`the main action is ${main.getBoundingClientRect().height} px tall`);
    if (document.documentElement.scrollWidth > innerWidth) problems.push(`the page scrolls sideways by ${document.documentElement.scrollWidth - innerWidth} px`);
    for (const el of document.querySelectorAll('.step-body, .step-content, .action-bar')) if (el.scrollWidth > el.clientWidth + 1) problems.push(`${el.className} overflows sideways`);
    // A confirmation (order placed, booked, ticket) uses the whole screen: no blank band, such as a lower half.
    const confirmation = document.querySelector('main.step-confirmation .step-body');
    if (confirmation) {
      const body = confirmation.getBoundingClientRect();
      const parts = [...confirmation.querySelectorAll(':scope > .step-head, :scope > .step-content > *')].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
      let covered = body.top;
      let blank = 0;
      for (const r of parts) {
        blank = Math.max(blank, r.top - covered);
        covered = Math.max(covered, r.bottom);
      }
      blank = Math.max(blank, body.bottom - covered);
      if (blank > body.height * 0.15) problems.push(`the confirmation leaves a blank band of ${Math.round(blank)} px`);
    }
    const app = document.querySelector('.app') ?? document.body;
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    const small = new Set<string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !shown(el) || el.closest('.visually-hidden, [aria-hidden=true]')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 19.5) small.add(`${name(el)} ${size}px`);
    }
    if (small.size) problems.push(`text under 20 px: ${[...small].slice(0, 5).join('; ')}`);
    const targets = [...app.querySelectorAll('button, [role=button], input, select, textarea, a[href]')].filter(shown);
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if (r.height < 47.5 || r.width < 47.5) problems.push(`target ${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
    }
    return problems;
  }, keyboardOpen);
}

for (const lng of languageCodes) {
  for (const walk of patronWalks) {
    test(`patron layout: ${walk.name} in ${lng}, portrait and landscape`, async ({ page, host }) => {
      test.setTimeout(180_000);
      await offerEveryLanguage(host);
      const problems: string[] = [];
      const progress = new Map<string, { seen: Set<number>; total: number }>();
      const w: Walker = {
        page,
        url: host.url,
        lng,
        t: translator(lng),
        async at(screen, options = {}) {
          const step = page.locator('main.step');
          const [flow, counted] = (await step.count()) ? await step.evaluate((el) => [el.getAttribute('data-flow'), el.getAttribute('data-progress')]) : [null, null];
          if (flow && counted && !options.passing) {
            const [n, total] = counted.split('/').map(Number);
            const entry = progress.get(flow) ?? { seen: new Set<number>(), total: total ?? 0 };
            entry.seen.add(n ?? 0);
            progress.set(flow, entry);
          }
          const attract = screen === 'attract';
          if (!attract) problems.push(...(await checkReadAloud(page, lng, `${walk.name} ${screen} (${lng})`)));
          const before = page.viewportSize();
          for (const viewport of viewports) {
            await page.setViewportSize(viewport);
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            const where = `${walk.name} ${screen} (${lng}, ${viewport.name})`;
            if (!attract) for (const p of await measure(page, false)) problems.push(`${where}: ${p}`);
            await expectAccessible(page, where);
            if (options.keyboard && (await openKeyboard(page))) {
              for (const p of await measure(page, true)) problems.push(`${where}, keyboard open: ${p}`);
              await hideKeyboard(page);
            }
          }
          if (before) await page.setViewportSize(before);
        },
      };
      await walk.run(w);
      for (const [flow, { seen, total }] of progress) {
        const missing = Array.from({ length: total }, (_, i) => i + 1).filter((n) => !seen.has(n));
        if (missing.length) problems.push(`${flow}: no walk looks at step ${missing.join(', ')} of ${total}`);
      }
      expect(problems).toEqual([]);
    });
  }
}

test('nothing moves while the patron types a search', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Order groceries/ }).first().click();
  const field = page.getByLabel('Search by name');
  await expect(page.locator('.grocery-card').first()).toBeVisible();
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await field.click();
    const before = await field.boundingBox();
    for (const key of 'ri') await page.getByTestId('on-screen-keyboard').locator(`[data-skbtn="${key}"]`).click();
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
    expect(await field.boundingBox(), viewport.name).toEqual(before);
    await page.getByRole('button', { name: 'Clear search' }).click();
    expect(await field.boundingBox(), viewport.name).toEqual(before);
    await hideKeyboard(page);
  }
});

test('Home asks before it clears what the patron entered, and Back out of a flow does too', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Order groceries/ }).first().click();
  // Nothing entered yet: Home goes straight home.
  await homeAction(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How can we help you today?' })).toBeVisible();
  await page.getByRole('button', { name: /Order groceries/ }).click();
  await page.getByRole('button', { name: 'Add Bananas', exact: true }).click();
  await homeAction(page).click();
  const ask = page.getByRole('alertdialog', { name: 'Go back to the start?' });
  await expect(ask).toContainText('What you entered here will be cleared.');
  await expectAccessible(page, 'leave the flow?');
  await ask.getByRole('button', { name: 'No, stay here' }).click();
  await expect(page.getByRole('button', { name: 'View cart (1)' })).toBeVisible();
  await backAction(page).click();
  await ask.getByRole('button', { name: 'Yes, clear it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How can we help you today?' })).toBeVisible();
  await page.getByRole('button', { name: /Order groceries/ }).click();
  await expect(page.getByRole('button', { name: 'View cart (0)' })).toBeVisible();
});

test('landscape: the catalog header is short, so two full rows of items show before the action bar', async ({ page, host }) => {
  await offerEveryLanguage(host);
  await page.setViewportSize(viewports[1]);
  for (const lng of languageCodes) {
    const t = translator(lng);
    await page.goto(host.url);
    await page.getByRole('button', { name: /Touch to start/ }).click();
    await page.getByRole('button', { name: languageNames[lng], exact: true }).click();
    await page.getByRole('button', { name: new RegExp(t('services.grocery.title')) }).click();
    await expect(page.locator('.grocery-card').first()).toBeVisible();
    const { firstTop, whole, height } = await page.evaluate(() => {
      const bar = document.querySelector('.action-bar')?.getBoundingClientRect().top ?? innerHeight;
      const cards = [...document.querySelectorAll('.grocery-card')].map((c) => c.getBoundingClientRect());
      return { firstTop: cards[0]?.top ?? innerHeight, whole: cards.filter((r) => r.top >= 0 && r.bottom <= bar).length, height: innerHeight };
    });
    expect(firstTop / height, `first item's top (${lng})`).toBeLessThan(0.45);
    expect(whole, `items wholly on screen (${lng})`).toBeGreaterThanOrEqual(6);
  }
});

test('portrait: each home tile has a large picture and its promise large on one line', async ({ page, host }) => {
  await offerEveryLanguage(host);
  await page.setViewportSize(viewports[0]);
  for (const lng of languageCodes) {
    await page.goto(host.url);
    await page.getByRole('button', { name: /Touch to start/ }).click();
    await page.getByRole('button', { name: languageNames[lng], exact: true }).click();
    const tiles = page.locator('.service-tiles .tile');
    await expect(tiles).toHaveCount(3);
    for (const tile of await tiles.all()) {
      const { picture, promiseSize, promiseLines } = await tile.evaluate((el) => {
        const promise = el.querySelector('.tile-subtitle');
        const style = promise ? getComputedStyle(promise) : null;
        const lineHeight = style ? parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.45 : 1;
        return {
          picture: el.querySelector('.tile-picture')?.getBoundingClientRect().width ?? 0,
          promiseSize: style ? parseFloat(style.fontSize) : 0,
          promiseLines: Math.round((promise?.getBoundingClientRect().height ?? 0) / lineHeight),
        };
      });
      expect(picture, `picture width (${lng})`).toBeGreaterThanOrEqual(200);
      expect(promiseSize, `promise size (${lng})`).toBeGreaterThanOrEqual(30);
      expect(promiseLines, `promise lines (${lng})`).toBe(1);
    }
  }
});
