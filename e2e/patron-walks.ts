// Walks through every patron screen, calling `at(name)` on each. The screen gallery (`npm run screens`)
// photographs what `at` sees; the layout spec measures it. A new step is covered by walking it here.
import i18next, { type TFunction } from 'i18next';
import { expect, type Page } from '@playwright/test';
import { languageNames, type LanguageCode } from '../shared/languages';
import { resources } from '../shared/locales/resources';

const i18n = i18next.createInstance();
void i18n.init({ resources, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });

/** The strings the patron reads, in one language, from the shipped locale files. */
export const translator = (lng: LanguageCode): TFunction => i18n.getFixedT(lng);

export type AtOptions = {
  /** The screen has a text field: also look at it with the on-screen keyboard open (first field). */
  keyboard?: boolean;
};

export type Walker = {
  page: Page;
  url: string;
  lng: LanguageCode;
  t: TFunction;
  /** This is a patron screen worth a look: photograph it, measure it. */
  at(name: string, options?: AtOptions): Promise<void>;
};

export type Walk = { name: string; run(w: Walker): Promise<void> };

/** Set-up through the same HTTP API the kiosk page uses, as a separate client of the host. */
export async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([op, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token, 'X-Kiosk-Client': 'e2e-set-up' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.code}`);
  return result.value as T;
}

const h1 = (w: Walker, key: string, params?: Record<string, unknown>) => w.page.getByRole('heading', { level: 1, name: w.t(key, params) });
const button = (w: Walker, key: string, params?: Record<string, unknown>) => w.page.getByRole('button', { name: w.t(key, params), exact: true });
/** The step's main action, Back and Home: the same place on every step (flow/StepLayout.tsx). */
export const mainAction = (page: Page) => page.locator('[data-action=main]');
export const backAction = (page: Page) => page.locator('[data-action=back]');
export const homeAction = (page: Page) => page.locator('[data-action=home]');

/** A fresh visit: the attract screen, then Touch to start and the walker's language. */
export async function startVisit(w: Walker, options: { atAttract?: boolean } = {}): Promise<void> {
  await w.page.goto(w.url);
  await expect(w.page.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  if (options.atAttract) await w.at('attract');
  await w.page.getByRole('button', { name: /Touch to start/ }).click();
  const choose = w.page.getByRole('button', { name: languageNames[w.lng], exact: true });
  if (await choose.count()) await choose.click();
  await expect(w.page.locator('html')).toHaveAttribute('lang', w.lng);
}

async function openService(w: Walker, service: 'grocery' | 'hive' | 'nurse'): Promise<void> {
  await w.page.getByRole('button', { name: new RegExp(w.t(`services.${service}.title`)) }).click();
}

/** Types on the on-screen keyboard as a patron would (lower case; Shift for capitals). */
export async function typeKeys(page: Page, text: string): Promise<void> {
  const keyboard = page.getByTestId('on-screen-keyboard');
  await expect(keyboard).toBeVisible();
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) await keyboard.locator('[data-skbtn="{shift}"]').click();
    await keyboard.locator(`[data-skbtn="${ch === ' ' ? '{space}' : ch}"]`).first().click();
  }
}

/** The first text field of the screen, touched so the on-screen keyboard opens; false when there is none. */
export async function openKeyboard(page: Page): Promise<boolean> {
  const field = page.locator('main').locator('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea').first();
  if (!(await field.count())) return false;
  await field.click();
  await page.getByTestId('on-screen-keyboard').waitFor();
  return true;
}

export async function hideKeyboard(page: Page): Promise<void> {
  const keyboard = page.getByTestId('on-screen-keyboard');
  if (await keyboard.isVisible()) await keyboard.getByRole('button').first().click();
  await expect(keyboard).toBeHidden();
}

const grocery: Walk = {
  name: 'grocery',
  async run(w) {
    const { page, t } = w;
    await startVisit(w, { atAttract: true });
    await w.at('home');
    await openService(w, 'grocery');
    await expect(h1(w, 'grocery.steps.shop')).toBeVisible();
    await expect(page.locator('.grocery-card').first()).toBeVisible();
    await w.at('shop', { keyboard: true });
    await button(w, 'grocery.categories.dairy').click();
    for (const name of (await page.locator('#category-dairy ~ ul .grocery-card-name, [aria-labelledby=category-dairy] .grocery-card-name').allInnerTexts()).slice(0, 2))
      await button(w, 'grocery.shop.add', { name }).click();
    await w.at('shop-category');
    await page.getByLabel(t('grocery.shop.search')).click();
    await typeKeys(page, 'ri');
    await w.at('shop-search');
    await hideKeyboard(page);
    await button(w, 'grocery.shop.clearSearch').click();
    await page.locator('.grocery-card-open').first().click();
    await w.at('item-detail');
    await button(w, 'grocery.item.close').click();
    await mainAction(page).click();
    await expect(h1(w, 'grocery.steps.cart')).toBeVisible();
    await w.at('cart');
    await mainAction(page).click();
    await expect(h1(w, 'grocery.steps.contact')).toBeVisible();
    await w.at('contact', { keyboard: true });
    await hideKeyboard(page);
    await mainAction(page).click();
    await w.at('contact-errors');
    await page.getByLabel(t('grocery.contact.name')).fill('Rosa Díaz');
    await page.getByLabel(t('grocery.contact.phone')).fill('555-010-1234');
    await hideKeyboard(page);
    await mainAction(page).click();
    await expect(h1(w, 'grocery.pay.title')).toBeVisible();
    await w.at('payment');
    await page.locator('[data-choice=snap]').click();
    await expect(h1(w, 'grocery.steps.review')).toBeVisible();
    await w.at('review');
    await mainAction(page).click();
    await expect(h1(w, 'grocery.done.title')).toBeVisible({ timeout: 20_000 });
    await w.at('done');
  },
};

/** The first choice card of the step (an area, a time, an answer). */
const firstChoice = (page: Page) => page.locator('main .choice-card').first();

const mentor: Walk = {
  name: 'hive-mentor',
  async run(w) {
    const { page, t } = w;
    await startVisit(w);
    await openService(w, 'hive');
    await w.at('hive-start');
    await page.getByRole('radio', { name: new RegExp(t('hive.start.mentor')) }).click();
    await expect(h1(w, 'hive.mentor.helpTitle')).toBeVisible();
    await expect(firstChoice(page)).toBeVisible();
    await w.at('help');
    await firstChoice(page).click();
    await expect(h1(w, 'hive.mentor.timesTitle')).toBeVisible();
    await expect(page.locator('[aria-labelledby=hive-times-heading] .choice-card').first()).toBeVisible();
    await w.at('times');
    await page.getByRole('button', { name: t('hive.mentor.byMentor') }).click();
    await page.locator('[aria-labelledby=hive-mentors-heading] .choice-card').first().click();
    await w.at('times-by-mentor');
    await page.locator('[aria-labelledby=hive-times-heading] .choice-card').first().click();
    await expect(h1(w, 'hive.intake.stageQuestion')).toBeVisible();
    await mainAction(page).click();
    await w.at('stage-missing');
    await firstChoice(page).click();
    await expect(h1(w, 'hive.mentor.intakeTitle')).toBeVisible();
    await w.at('about', { keyboard: true });
    await mainAction(page).click();
    await expect(h1(w, 'hive.contact.title')).toBeVisible();
    await w.at('contact', { keyboard: true });
    await hideKeyboard(page);
    await mainAction(page).click();
    await w.at('contact-errors');
    await page.getByLabel(t('hive.contact.name')).fill('Ana Ruiz');
    await page.getByLabel(t('hive.contact.phone')).fill('12');
    await hideKeyboard(page);
    await w.at('contact-bad-phone');
    await page.getByLabel(t('hive.contact.phone')).fill('(555) 010-7777');
    await hideKeyboard(page);
    await mainAction(page).click();
    await expect(h1(w, 'hive.mentor.reviewTitle')).toBeVisible();
    await w.at('review');
    await mainAction(page).click();
    await expect(h1(w, 'hive.mentor.doneTitle')).toBeVisible();
    await w.at('done');
  },
};

const workshop: Walk = {
  name: 'hive-workshop',
  async run(w) {
    const { page, t } = w;
    await startVisit(w);
    await openService(w, 'hive');
    await page.getByRole('radio', { name: new RegExp(t('hive.start.workshop')) }).click();
    await expect(page.locator('.hive-card').first()).toBeVisible();
    await w.at('list');
    // The demo's last open seat: this patron registers; a second would be waitlisted.
    await page.locator('.hive-card').last().click();
    await expect(h1(w, 'hive.workshop.formTitle')).toBeVisible();
    await w.at('contact', { keyboard: true });
    await page.getByLabel(t('hive.contact.name')).fill('Lucía Gómez');
    await page.getByLabel(t('hive.contact.phone')).fill('555-030-0001');
    await hideKeyboard(page);
    await mainAction(page).click();
    await expect(h1(w, 'hive.workshop.reviewTitle')).toBeVisible();
    await w.at('review');
    await mainAction(page).click();
    await expect(page.locator('.hive-code')).toBeVisible();
    await w.at('done');
  },
};

const cancel: Walk = {
  name: 'hive-cancel',
  async run(w) {
    const { page, t } = w;
    await startVisit(w);
    // A booking to cancel, made as another patron would have made it earlier.
    // Two days ahead at least: outside any cancel cut-off.
    const slot = (await api<{ mentorId: string; start: string }[]>(page, 'hive.openTimes', { limit: 60 })).find((s) => Date.parse(s.start) > Date.now() + 48 * 3600_000);
    const contact = 'walker@example.org';
    const booked = await api<{ code: string }>(page, 'hive.book', { ...slot, area: 'marketing', stage: 'idea', industry: '', wants: '', name: 'Walker', phone: '', email: contact, language: w.lng });
    await openService(w, 'hive');
    await page.getByRole('radio', { name: new RegExp(t('hive.cancel.tile')) }).click();
    await expect(h1(w, 'hive.cancel.title')).toBeVisible();
    await w.at('find', { keyboard: true });
    await hideKeyboard(page);
    await mainAction(page).click();
    await w.at('find-missing');
    await page.getByLabel(t('hive.cancel.code')).fill('ZZZ222');
    await page.getByLabel(t('hive.cancel.contact')).fill(contact);
    await hideKeyboard(page);
    await mainAction(page).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await w.at('find-unknown');
    await page.getByLabel(t('hive.cancel.code')).fill(booked.code);
    await hideKeyboard(page);
    await mainAction(page).click();
    await expect(h1(w, 'hive.cancel.confirmTitle')).toBeVisible();
    await w.at('confirm');
    await mainAction(page).click();
    await expect(h1(w, 'hive.cancel.doneTitle')).toBeVisible();
    await w.at('done');
  },
};

const nurse: Walk = {
  name: 'nurse',
  async run(w) {
    const { page, t } = w;
    await startVisit(w);
    await openService(w, 'nurse');
    await w.at('emergency');
    await mainAction(page).click();
    await expect(h1(w, 'nurse.checkIn.nameTitle')).toBeVisible();
    await w.at('name', { keyboard: true });
    await hideKeyboard(page);
    await mainAction(page).click();
    await w.at('name-missing');
    await page.getByLabel(t('nurse.checkIn.nameLabel')).fill('Marisol');
    await hideKeyboard(page);
    await mainAction(page).click();
    await expect(h1(w, 'nurse.checkIn.reasonsTitle')).toBeVisible();
    await w.at('reasons');
    await page.locator('[data-choice=food]').click();
    await mainAction(page).click();
    await expect(h1(w, 'nurse.checkIn.languageTitle')).toBeVisible();
    await w.at('language');
    await mainAction(page).click();
    await expect(h1(w, 'nurse.screener.consentTitle')).toBeVisible();
    await w.at('consent');
    await mainAction(page).click();
    for (let n = 1; n <= 10; n += 1) {
      await expect(page.getByText(t('nurse.screener.progress', { n, total: 10 }))).toBeVisible();
      await w.at(`screener-${String(n).padStart(2, '0')}`);
      // A one-answer question moves on by itself; the several-answer one needs Next.
      const several = (await page.locator('main .choice-cards[role=group]').count()) > 0;
      await firstChoice(page).click();
      if (several) await mainAction(page).click();
    }
    await expect(page.getByTestId('nurse-ticket-number')).toBeVisible();
    await w.at('ticket');
  },
};

/** Every patron flow, in the order the gallery shows them. */
export const patronWalks: Walk[] = [grocery, mentor, workshop, cancel, nurse];
