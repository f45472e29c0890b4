// Read-aloud in the real renderer and Chromium: the control on the attract screen and every step, what each screen
// says in each language (the expected text comes from the shipped locale files), the offline eSpeak NG voice
// loading under the kiosk's security policy with nothing from a network, focus announcements, the speed control,
// nothing private read, and off again after the idle reset.
import type { Page } from '@playwright/test';
import { languageCodes, languageNames, type LanguageCode } from '../shared/languages';
import { resources } from '../shared/locales/resources';
import { expect, openNurseCheckInToday, test } from './fixtures';
import { offerEveryLanguage } from './host';
import { mainAction, translator } from './patron-walks';

const said = (page: Page) => page.getByTestId('read-aloud-said');
const toggle = (page: Page, lng: LanguageCode) => page.getByRole('button', { name: resources[lng].translation.readAloud.button, exact: true });
/** The utterance of the screen, as read-aloud said it (blocks joined by " | " between languages). */
async function expectSaid(page: Page, expected: string): Promise<void> {
  await expect(said(page)).toHaveAttribute('data-said', expected, { timeout: 10_000 });
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What read-aloud said contains this text. */
const containing = (text: string) => new RegExp(escapeRegExp(text));
/** Blocks in one language, joined as read-aloud joins them (a full stop between sentences that have none). */
const sentences = (...blocks: string[]) => blocks.reduce((text, block) => (text === '' ? block : `${text}${/[.!?:;؟]$/.test(text) ? '' : '.'} ${block}`), '');

test.describe.configure({ mode: 'serial' });

test('the attract screen reads every "Touch to start" in its own language, with the offline voice; nothing is fetched from a network', async ({ page, host }) => {
  await offerEveryLanguage(host);
  const remote: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(host.url)) remote.push(request.url());
  });
  const wasm: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasm.push(response.headers()['content-type'] ?? '');
  });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  // The engine is not loaded before read-aloud is turned on.
  expect(wasm).toEqual([]);
  await toggle(page, 'en').click();
  await expect(toggle(page, 'en')).toHaveAttribute('aria-pressed', 'true');
  const text = await said(page).getAttribute('data-said');
  const parts = (text ?? '').split(' | ');
  // English first (greeting, the services), then each other language's own "Touch to start" in its voice.
  expect(parts[0]).toContain(resources.en.translation.services.grocery.title);
  for (const code of languageCodes) expect(text).toContain(resources[code].translation.attract.touchToStart);
  expect(parts.length).toBeGreaterThanOrEqual(4);
  await expect(said(page)).toHaveAttribute('data-engine', 'espeak', { timeout: 30_000 });
  expect(Number(await said(page).getAttribute('data-seconds'))).toBeGreaterThan(0.5);
  expect(wasm).toEqual(['application/wasm']);
  // Made in a worker, not on the page's thread (where each block would freeze the screen for up to 2 s).
  expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/espeak-worker[^/]*\.js$/));
  expect(remote).toEqual([]);
});

for (const lng of languageCodes) {
  test(`every screen of a nurse check-in reads its heading, question and choices in ${languageNames[lng]}`, async ({ page, host }) => {
    test.setTimeout(120_000);
    await offerEveryLanguage(host);
    const t = translator(lng);
    await page.goto(host.url);
    await openNurseCheckInToday(page);
    await page.getByRole('button', { name: /Touch to start/ }).click();
    await page.getByRole('button', { name: languageNames[lng], exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    // Home: turned on here, it stays on for the whole visit.
    await toggle(page, lng).click();
    const tiles = (['grocery', 'hive', 'nurse'] as const).map((s) => `${t(`services.${s}.title`)} ${t(`services.${s}.subtitle`)}`);
    const homeText = await said(page).getAttribute('data-said');
    expect(homeText?.startsWith(sentences(t('home.title'), ...tiles.slice(0, 2)))).toBe(true);
    await page.getByRole('button', { name: new RegExp(t('services.nurse.title')) }).click();
    // The emergency note, the name, the reasons...
    await expect(said(page)).toHaveAttribute('data-said', containing(t('nurse.emergency.body')));
    await mainAction(page).click();
    // The field's label is read, never what is typed in it.
    await expectSaid(page, sentences(t('flow.progress', { n: 1, total: 4 }), t('nurse.checkIn.nameTitle'), t('nurse.checkIn.nameHint'), t('nurse.checkIn.nameLabel'), t('nurse.checkIn.ratherNot'), t('nurse.checkIn.next')));
    await page.getByLabel(t('nurse.checkIn.nameLabel')).fill('Zebulon');
    await page.getByRole('button', { name: t('keyboard.hide') }).click().catch(() => undefined);
    await mainAction(page).click();
    await expect(said(page)).toHaveAttribute('data-said', containing(t('nurse.checkIn.reasonsTitle')));
    await page.locator('[data-choice=food]').click();
    await mainAction(page).click();
    await mainAction(page).click();
    await expectSaid(page, sentences(t('flow.progress', { n: 4, total: 4 }), t('nurse.screener.consentTitle'), t('nurse.screener.consentBody'), t('nurse.screener.yes')));
    await mainAction(page).click();
    // The screener's questions come from its definition, in the patron's language: progress, question, every answer.
    const q = (id: string, key: string) => t(`nurse.screener.questions.${id}.${key}`);
    await expectSaid(
      page,
      sentences(t('nurse.screener.progress', { n: 1, total: 10 }), q('livingSituation', 'text'), ...['steady', 'worried', 'notSteady'].map((o) => q('livingSituation', `options.${o}`)), t('nurse.screener.skip')),
    );
    // A touched answer says its name; the next question is read as it opens (several answers: "Choose all that apply").
    await page.locator('[data-choice=worried]').click();
    await expectSaid(
      page,
      sentences(
        t('nurse.screener.progress', { n: 2, total: 10 }),
        q('homeProblems', 'text'),
        t('nurse.screener.chooseAll'),
        ...['pests', 'mold', 'lead', 'heat', 'stove', 'smokeDetectors', 'leaks', 'none'].map((o) => q('homeProblems', `options.${o}`)),
        t('nurse.screener.skip'),
      ),
    );
    // Keyboard or switch navigation: where focus goes is said.
    await page.locator('[data-choice=mold]').focus();
    await expectSaid(page, q('homeProblems', 'options.mold'));
    // Slower and faster: read again at the new speed.
    await page.getByRole('button', { name: t('readAloud.slower'), exact: true }).click();
    await expect(said(page)).toHaveAttribute('data-said', containing(q('homeProblems', 'text')));
    for (let n = 2; n <= 10; n += 1) await mainAction(page).click();
    await expect(page.getByTestId('nurse-ticket-number')).toBeVisible();
    await expect(said(page)).toHaveAttribute('data-said', containing(t('nurse.ticket.title')));
    // The patron's name was never read.
    await expect(said(page)).not.toHaveAttribute('data-said', containing('Zebulon'));
  });
}

test('the grocery review never reads the patron’s name or phone; read-aloud is off after the idle reset', async ({ page, host }) => {
  test.setTimeout(120_000);
  const t = translator('es');
  await page.goto(host.url);
  await page.getByRole('button', { name: /Touch to start/ }).click();
  const spanish = page.getByRole('button', { name: languageNames.es, exact: true });
  if (await spanish.count()) await spanish.click();
  await toggle(page, 'es').click();
  await page.getByRole('button', { name: new RegExp(t('services.grocery.title')) }).click();
  await page.locator('.grocery-add').first().click();
  await mainAction(page).click();
  await mainAction(page).click();
  await page.getByLabel(t('grocery.contact.name')).fill('Rosa Díaz');
  await page.getByLabel(t('grocery.contact.phone')).fill('555-010-1234');
  await page.getByRole('button', { name: t('keyboard.hide') }).click().catch(() => undefined);
  await mainAction(page).click();
  await page.locator('.choice-card').first().click();
  await expect(page.getByRole('heading', { level: 1, name: t('grocery.steps.review') })).toBeVisible();
  await expect(said(page)).toHaveAttribute('data-said', containing(t('grocery.steps.review')));
  await expect(page.locator('main')).toContainText('Rosa Díaz');
  const text = (await said(page).getAttribute('data-said')) ?? '';
  expect(text).toContain(t('grocery.review.contact'));
  expect(text).not.toContain('Rosa');
  expect(text).not.toMatch(/555|010|1234/);
  // Start over (as the idle reset does): a new visit starts with read-aloud off.
  await page.locator('[data-action=home]').click();
  await page.getByRole('button', { name: t('flow.leave') }).click();
  await page.getByRole('button', { name: t('home.startOver') }).click();
  await expect(page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await expect(toggle(page, 'en')).toHaveAttribute('aria-pressed', 'false');
  await expect(said(page)).toHaveCount(0);
});
