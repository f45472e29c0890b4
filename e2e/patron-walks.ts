// Walks through every patron screen, calling `at(name)` on each. The screen gallery (`npm run screens`)
// photographs what `at` sees; the layout spec measures it. A new step is covered by walking it here.
import i18next, { type TFunction } from 'i18next';
import { expect, type Page } from '@playwright/test';
import { languageNames, type LanguageCode } from '../shared/languages';
import { digitsFormatter, i18nextOptions } from '../shared/locales/i18n-setup';
import { resources } from '../shared/locales/resources';
import { api, demoSignIn, type DemoRole } from './host';

const i18n = i18next.createInstance().use(digitsFormatter);
void i18n.init(i18nextOptions('en', resources));

/** The strings the patron reads, in one language, from the shipped locale files. */
export const translator = (lng: LanguageCode): TFunction => i18n.getFixedT(lng);

export type AtOptions = {
  /** The screen has a text field: also look at it with the on-screen keyboard open (first field). */
  keyboard?: boolean;
  /** A step the walk passes on its way through another flow: the flow's own walk looks at each of its steps. */
  passing?: boolean;
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

/** Set-up a member of staff would do elsewhere (another screen, the console): signed in as `role` for one call. */
async function asStaff<T>(page: Page, role: DemoRole, name: string, input: unknown): Promise<T> {
  await api(page, 'staff.signIn', await demoSignIn(() => api(page, 'staff.names', {}), role));
  try {
    return await api<T>(page, name, input);
  } finally {
    await api(page, 'staff.signOut', {});
  }
}

async function openService(w: Walker, service: 'grocery' | 'hive' | 'nurse'): Promise<void> {
  const tile = w.page.getByRole('button', { name: new RegExp(w.t(`services.${service}.title`)) });
  await tile.click();
  // A service's screens load on first use: the home screen goes, then its first step (with Home) comes.
  await expect(tile).toBeHidden();
  await expect(homeAction(w.page)).toBeVisible();
}

/** Types on the on-screen keyboard as a patron would (lower case; Shift for capitals); `{…}` names a special key. */
export async function typeKeys(page: Page, keys: string | readonly string[]): Promise<void> {
  const keyboard = page.getByTestId('on-screen-keyboard');
  await expect(keyboard).toBeVisible();
  for (const key of typeof keys === 'string' ? [...keys] : keys) {
    if (key.length === 1 && key !== key.toLowerCase()) await keyboard.locator('[data-skbtn="{shift}"]').click();
    await keyboard.locator(`[data-skbtn="${key === ' ' ? '{space}' : key}"]`).first().click();
  }
}

/** What a patron types to find rice, on their language's keyboard (Arabic letters; Vietnamese "gạ" with its tone key). */
const riceSearch: Partial<Record<LanguageCode, readonly string[]>> = { ar: ['أ', 'ر'], vi: ['g', 'a', '{tone-dot}'] };

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
    // A mixed cart: two SNAP items and one SNAP does not cover, so the payment says what to bring for each part.
    for (const [category, count] of [['household', 1], ['dairy', 2]] as const) {
      await button(w, `grocery.categories.${category}`).click();
      for (const name of (await page.locator(`[aria-labelledby=category-${category}] .grocery-card-name`).allInnerTexts()).slice(0, count))
        await button(w, 'grocery.shop.add', { name }).click();
    }
    await w.at('shop-category');
    await page.getByLabel(t('grocery.shop.search')).click();
    await typeKeys(page, riceSearch[w.lng] ?? 'ri');
    await expect(page.locator('.grocery-card').first()).toBeVisible();
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
    await expect(page.locator('[data-choice=snap] .grocery-bring-line')).toHaveCount(2);
    await w.at('payment');
    await page.locator('[data-choice=snap]').click();
    await expect(h1(w, 'grocery.steps.review')).toBeVisible();
    await expect(page.getByTestId('grocery-bring').getByRole('listitem')).toHaveCount(3);
    await w.at('review');
    await mainAction(page).click();
    await expect(h1(w, 'grocery.done.title')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('grocery-bring').getByRole('listitem')).toHaveCount(3);
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
    // The branch cancels only a week ahead: every time shown now is inside the cut-off and says so.
    const settings = await asStaff<{ rules: Record<string, number> }>(page, 'librarian', 'hive.settings', {});
    await asStaff(page, 'librarian', 'hive.saveSettings', { ...settings, rules: { ...settings.rules, cancelCutoffHours: 168 } });
    await page.getByRole('button', { name: t('hive.mentor.byMentor') }).click();
    await page.locator('[aria-labelledby=hive-mentors-heading] .choice-card').first().click();
    await expect(page.getByTestId('hive-day-no-cancel').first()).toBeVisible();
    await w.at('times-by-mentor');
    // Someone with two meetings booked already (elsewhere, earlier): told on the contact step.
    // Two other times than the one this patron takes (the first one shown).
    const mine = await page.locator('[aria-labelledby=hive-times-heading] .choice-card').first().getAttribute('data-choice');
    const open = (await api<{ mentorId: string; start: string }[]>(page, 'hive.openTimes', { limit: 20 })).filter((s) => `${s.mentorId}@${s.start}` !== mine);
    for (const slot of open.slice(-2)) {
      await api(page, 'hive.book', { idempotencyKey: crypto.randomUUID(), mentorId: slot.mentorId, start: slot.start, area: 'marketing', stage: 'idea', industry: '', wants: '', name: 'Walker Two', phone: '555-010-8888', email: '', language: w.lng });
    }
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
    await page.getByLabel(t('hive.contact.phone')).fill('555-010-8888');
    await hideKeyboard(page);
    await expect(page.getByTestId('hive-limit')).toBeVisible();
    await w.at('contact-limit');
    await page.getByLabel(t('hive.contact.phone')).fill('(555) 010-7777');
    await hideKeyboard(page);
    await expect(page.getByTestId('hive-limit')).toHaveCount(0);
    await mainAction(page).click();
    await expect(h1(w, 'hive.mentor.reviewTitle')).toBeVisible();
    await expect(page.getByTestId('hive-cancel-rule')).toHaveClass(/hive-cancel-rule-late/);
    await w.at('review');
    await mainAction(page).click();
    await expect(h1(w, 'hive.mentor.doneTitle')).toBeVisible();
    await w.at('done');
    await asStaff(page, 'librarian', 'hive.saveSettings', settings);
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
    // The demo's last open seat: this patron registers; the next one is waitlisted.
    const lastSeat = page.locator('.hive-card', { hasText: t('hive.workshop.seatsLeft', { count: 1 }) }).first();
    const title = await lastSeat.locator('.hive-card-title').innerText();
    await lastSeat.click();
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
    // The next patron: the workshop is full now, and joining is the waitlist.
    await startVisit(w);
    await openService(w, 'hive');
    await page.getByRole('radio', { name: new RegExp(t('hive.start.workshop')) }).click();
    const full = page.locator('.hive-card', { hasText: title });
    await expect(full).toContainText(t('hive.workshop.fullNotice'));
    await full.scrollIntoViewIfNeeded();
    await w.at('list-full');
    await full.click();
    await page.getByLabel(t('hive.contact.name')).fill('Marco Silva');
    await page.getByLabel(t('hive.contact.phone')).fill('555-030-0001');
    await hideKeyboard(page);
    await expect(page.getByTestId('hive-limit')).toBeVisible();
    await w.at('contact-already');
    await page.getByLabel(t('hive.contact.phone')).fill('555-030-0002');
    await hideKeyboard(page);
    await expect(page.getByTestId('hive-limit')).toHaveCount(0);
    await mainAction(page).click();
    await expect(page.getByTestId('hive-waitlist')).toBeVisible();
    await w.at('review-waitlist');
    await mainAction(page).click();
    await expect(h1(w, 'hive.workshop.waitlistedTitle')).toBeVisible();
    await w.at('done-waitlist');
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
    const booked = await api<{ code: string }>(page, 'hive.book', { idempotencyKey: crypto.randomUUID(), ...slot, area: 'marketing', stage: 'idea', industry: '', wants: '', name: 'Walker', phone: '', email: contact, language: w.lng });
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
    // The nurse is away: the tile and the check-in say when the nurse is next in, and nothing leads to a ticket.
    await page.goto(w.url);
    await asStaff(page, 'nurse', 'nurse.setToday', { action: 'close' });
    await startVisit(w);
    await expect(page.getByTestId('nurse-tile-note')).toBeVisible();
    await w.at('home-nurse-away');
    await openService(w, 'nurse');
    await expect(h1(w, 'nurse.hours.closedTitle')).toBeVisible();
    await w.at('away');
    // Staff open check-in until midnight (the walk must not depend on the hour it runs at).
    await asStaff(page, 'nurse', 'nurse.setToday', { action: 'open', until: '24:00' });
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
    await expect(page.getByTestId('nurse-last-check-in')).toBeVisible();
    await w.at('ticket');
  },
};

/**
 * One visit across the three services: groceries, then "Anything else today?" into the nurse and then Hive, each
 * contact step filled in from the visit (and saying so), the confirmations offering the visit slip, and it printed.
 */
const visit: Walk = {
  name: 'visit',
  async run(w) {
    const { page, t } = w;
    await page.goto(w.url);
    await asStaff(page, 'nurse', 'nurse.setToday', { action: 'open', until: '24:00' });
    await startVisit(w);
    await openService(w, 'grocery');
    await page.locator('.grocery-card').first().getByRole('button').last().click();
    await mainAction(page).click();
    await mainAction(page).click();
    await page.getByLabel(t('grocery.contact.name')).fill('Rosa Díaz');
    await page.getByLabel(t('grocery.contact.phone')).fill('555-040-1234');
    await hideKeyboard(page);
    await mainAction(page).click();
    await page.locator('[data-choice=snap]').click();
    await mainAction(page).click();
    await expect(h1(w, 'grocery.done.title')).toBeVisible({ timeout: 20_000 });
    await page.locator('.anything-else-list').getByRole('button', { name: t('services.nurse.title') }).click();
    await mainAction(page).click();
    await expect(h1(w, 'nurse.checkIn.nameTitle')).toBeVisible();
    await expect(page.getByTestId('carried-note')).toBeVisible();
    // The step asks what the nurse should call the patron: the first name only comes across.
    await expect(page.getByLabel(t('nurse.checkIn.nameLabel'))).toHaveValue('Rosa');
    await w.at('nurse-name-carried', { passing: true });
    await mainAction(page).click();
    await page.locator('[data-choice=bloodPressure]').click();
    await mainAction(page).click();
    await mainAction(page).click();
    await button(w, 'nurse.screener.no').click();
    await expect(page.getByTestId('visit-slip')).toBeVisible();
    await w.at('nurse-ticket-slip');
    await page.locator('.anything-else-list').getByRole('button', { name: t('services.hive.title') }).click();
    await page.getByRole('radio', { name: new RegExp(t('hive.start.mentor')) }).click();
    await firstChoice(page).click();
    await page.locator('[aria-labelledby=hive-times-heading] .choice-card').first().click();
    await firstChoice(page).click();
    await mainAction(page).click();
    await expect(h1(w, 'hive.contact.title')).toBeVisible();
    await expect(page.getByTestId('carried-note')).toBeVisible();
    await w.at('hive-contact-carried', { passing: true });
    await mainAction(page).click();
    await mainAction(page).click();
    await expect(h1(w, 'hive.mentor.doneTitle')).toBeVisible();
    // Every service done: the slip is what is left to offer.
    await expect(page.getByTestId('visit-slip')).toBeVisible();
    await w.at('hive-done-slip');
    await page.getByTestId('visit-slip').getByRole('button').click();
    await expect(page.getByTestId('visit-slip-status')).not.toBeEmpty({ timeout: 20_000 });
    await w.at('hive-done-slip-printed');
  },
};

/** Every patron flow, in the order the gallery shows them. */
export const patronWalks: Walk[] = [grocery, mentor, workshop, cancel, nurse, visit];
