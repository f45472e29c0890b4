import i18next from 'i18next';
import type { Page } from '@playwright/test';
import { formatMoney } from '../shared/domain/format';
import { languageNames, setNumberingSystems, type LanguageCode } from '../shared/languages';
import { digitsFormatter, i18nextOptions } from '../shared/locales/i18n-setup';
import { resources } from '../shared/locales/resources';
import { demoItemTexts } from '../electron/backend/grocery/demo-catalog-translations';
import { assignPrinters, completePdfsSince, cupsChecks, hasInOrder, pdfText } from './cups';
import { expect, expectAccessible, openNurseCheckInToday, test } from './fixtures';
import { callHost, demoSignIn } from './host';
import { patronWalks, translator } from './patron-walks';
import { viewports } from './screens-viewports';

// Arabic and Vietnamese patrons, end to end: a grocery order and a nurse check-in by touch, with the
// printouts read back from the real CUPS queue; the right-to-left layout; axe on every patron step.
// Strings come from the shipped locale files, so the test reads what the patron reads.
const i18n = i18next.createInstance().use(digitsFormatter);
void i18n.init(i18nextOptions('en', resources));
// The PDF-native queue: cups-pdf's PostScript round trip drops the text of non-Latin letters (scripts/ci-cups.sh).
const printing = cupsChecks('kiosk-pdf');

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const itemName = (lng: 'ar' | 'vi', id: string): string => demoItemTexts[lng]?.[id]?.[0] ?? id;

/** The keyboard panel is outside any landmark (axe "region", the shell's to fix): closed before a check. */
async function axe(page: Page, t: (key: string) => string, screen: string): Promise<void> {
  const hide = page.getByRole('button', { name: t('keyboard.hide') });
  if (await hide.isVisible()) await hide.click();
  await expectAccessible(page, screen);
}

/** Taps keys of the built-in keyboard by their key names (letters, `{tone-dot}`). */
async function tapKeys(page: Page, keys: readonly string[]): Promise<void> {
  const keyboard = page.getByTestId('on-screen-keyboard');
  await expect(keyboard).toBeVisible();
  for (const key of keys) await keyboard.locator(`[data-skbtn="${key}"]`).first().click();
}

async function chooseLanguage(page: Page, lng: LanguageCode): Promise<void> {
  await page.getByRole('button', { name: /Touch to start/ }).click();
  await page.getByRole('button', { name: languageNames[lng] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
  await expect(page.locator('html')).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
}

// Searched for with the on-screen keyboard: Arabic letters, and Vietnamese "gạo" with its tone key.
const riceSearch: Record<'ar' | 'vi', { keys: string[]; typed: string }> = {
  ar: { keys: ['أ', 'ر', 'ز'], typed: 'أرز' },
  vi: { keys: ['g', 'a', 'o', '{tone-dot}'], typed: 'gạo' },
};
const patronName: Record<'ar' | 'vi', { keys: string[]; typed: string }> = {
  ar: { keys: ['ل', 'ي', 'ل', 'ى'], typed: 'ليلى' },
  vi: { keys: ['h', 'u', 'n', 'g', '{tone-grave}'], typed: 'hùng' },
};

for (const lng of ['ar', 'vi'] as const) {
  const t = i18n.getFixedT(lng);
  const g = (key: string, params?: Record<string, unknown>) => t(`grocery.${key}`, params);

  test(`a grocery order by touch in ${languageNames[lng]}; the receipt from CUPS has its text in order`, async ({ kiosk }) => {
    test.setTimeout(180_000);
    if (printing) await assignPrinters(kiosk, { receipt: 'kiosk-pdf' });
    const started = Date.now();
    await chooseLanguage(kiosk, lng);
    await kiosk.getByRole('button', { name: new RegExp(t('services.grocery.title')) }).click();
    await expect(h1(kiosk, g('steps.shop'))).toBeVisible();
    await axe(kiosk, t, `grocery shop (${lng})`);

    const eggs = itemName(lng, 'eggs');
    await kiosk.getByRole('button', { name: g('categories.dairy') }).click();
    await kiosk.getByRole('button', { name: g('shop.add', { name: eggs }), exact: true }).click();

    const rice = itemName(lng, 'rice');
    await kiosk.getByLabel(g('shop.search')).click();
    await tapKeys(kiosk, riceSearch[lng].keys);
    await expect(kiosk.getByLabel(g('shop.search'))).toHaveValue(riceSearch[lng].typed);
    await expect(kiosk.getByRole('status').filter({ hasText: g('shop.searchResults', { count: 1 }) })).toBeVisible();
    await kiosk.getByRole('button', { name: g('shop.add', { name: rice }), exact: true }).click();
    await kiosk.getByRole('button', { name: g('stepper.increase', { name: rice }) }).click();
    await axe(kiosk, t, `grocery search (${lng})`);

    // SNAP: 2 × 5.49 + 3.29 = 14.27.
    await kiosk.getByRole('button', { name: g('cart.view', { count: 3 }) }).click();
    await expect(h1(kiosk, g('steps.cart'))).toBeVisible();
    await expect(kiosk.getByTestId('snap-subtotal')).toHaveText(formatMoney(1427, lng));
    // The cart step also says when and where the order is picked up.
    await expect(kiosk.getByRole('heading', { level: 2, name: g('pickup.title') })).toBeVisible();
    await expect(kiosk.getByTestId('pickup-time')).not.toBeEmpty();
    await axe(kiosk, t, `grocery cart and pickup (${lng})`);
    await kiosk.getByRole('button', { name: g('cart.checkout') }).click();

    await expect(h1(kiosk, g('steps.contact'))).toBeVisible();
    await kiosk.getByLabel(g('contact.name')).click();
    await tapKeys(kiosk, patronName[lng].keys);
    await expect(kiosk.getByLabel(g('contact.name'))).toHaveValue(patronName[lng].typed);
    await kiosk.getByLabel(g('contact.phone')).fill('555-01');
    await kiosk.getByRole('button', { name: g('nav.next') }).click();
    await expect(kiosk.getByText(g('fields.phone-format'))).toBeVisible();
    await axe(kiosk, t, `grocery contact with error (${lng})`);
    await kiosk.getByLabel(g('contact.phone')).fill('555-010-1234');
    await kiosk.getByRole('button', { name: g('nav.next') }).click();

    await expect(h1(kiosk, g('pay.title'))).toBeVisible();
    await axe(kiosk, t, `grocery payment (${lng})`);
    // Tapping a way to pay chooses it and moves on.
    await kiosk.getByRole('radio', { name: new RegExp(g('payment.snap')) }).click();
    await expect(h1(kiosk, g('steps.review'))).toBeVisible();
    await expect(kiosk.getByRole('region', { name: g('review.payment') })).toContainText(g('payment.snap'));
    await axe(kiosk, t, `grocery review (${lng})`);
    await kiosk.getByRole('button', { name: g('review.submit') }).click();

    await expect(h1(kiosk, g('done.title'))).toBeVisible({ timeout: 20_000 });
    const number = (await kiosk.getByTestId('order-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^\d{4,}$/);
    await axe(kiosk, t, `grocery done (${lng})`);
    if (printing) {
      // Title, the patron's name, each item with its size in the patron's language, what to bring: in this order.
      const expected = [
        g('print.receiptTitle', { number }),
        patronName[lng].typed,
        `${eggs} (${lng === 'ar' ? '12 قطعة' : '12 cái'})`,
        `${rice} (${lng === 'ar' ? '5 رطل' : '5 pound'})`,
        g('cart.snapSubtotal'),
        g('bring.title'),
        g('bring.bag'),
      ];
      await expect
        .poll(() => completePdfsSince(started).map(pdfText).filter((text) => hasInOrder(text, expected)).length, {
          timeout: 30_000,
          message: `receipt in ${lng} from the kiosk-pdf queue, read back with pdftotext`,
        })
        .toBeGreaterThan(0);
    }
  });

  test(`a nurse check-in by touch in ${languageNames[lng]}; the ticket from CUPS has its text in order`, async ({ kiosk }) => {
    test.setTimeout(120_000);
    if (printing) await assignPrinters(kiosk, { receipt: 'kiosk-pdf' });
    // The demo's weekly nurse hours may not cover the time the test runs.
    await openNurseCheckInToday(kiosk);
    const started = Date.now();
    const n = (key: string, params?: Record<string, unknown>) => t(`nurse.${key}`, params);
    await chooseLanguage(kiosk, lng);
    await kiosk.getByRole('button', { name: new RegExp(t('services.nurse.title')) }).click();
    await expect(kiosk.getByText(n('emergency.body'))).toBeVisible();
    await axe(kiosk, t, `nurse emergency notice (${lng})`);
    await kiosk.getByRole('button', { name: n('emergency.continue') }).click();

    await expect(h1(kiosk, n('checkIn.nameTitle'))).toBeVisible();
    await kiosk.getByLabel(n('checkIn.nameLabel')).click();
    await tapKeys(kiosk, patronName[lng].keys);
    await axe(kiosk, t, `nurse name (${lng})`);
    await kiosk.getByRole('button', { name: n('checkIn.next') }).click();
    await expect(h1(kiosk, n('checkIn.reasonsTitle'))).toBeVisible();
    await kiosk.getByRole('button', { name: n('reasons.bloodPressure') }).click();
    await expect(kiosk.getByRole('button', { name: n('reasons.bloodPressure') })).toHaveAttribute('aria-pressed', 'true');
    await axe(kiosk, t, `nurse reasons (${lng})`);
    await kiosk.getByRole('button', { name: n('checkIn.next') }).click();
    // The patron's screen language is the one proposed for the nurse.
    await expect(kiosk.getByRole('radio', { name: languageNames[lng] })).toBeChecked();
    await axe(kiosk, t, `nurse language (${lng})`);
    await kiosk.getByRole('button', { name: n('checkIn.next') }).click();
    await expect(h1(kiosk, n('screener.consentTitle'))).toBeVisible();
    await kiosk.getByRole('button', { name: n('screener.yes') }).click();
    await expect(kiosk.getByText(n('screener.progress', { n: 1, total: 10 }))).toBeVisible();
    await axe(kiosk, t, `nurse screener question (${lng})`);
    // A one-answer question moves on as soon as an answer is tapped.
    await kiosk.getByRole('radio', { name: n('screener.questions.livingSituation.options.steady'), exact: true }).click();
    for (let q = 2; q <= 10; q += 1) {
      await expect(kiosk.getByText(n('screener.progress', { n: q, total: 10 }))).toBeVisible();
      await kiosk.getByRole('button', { name: n('screener.skip') }).click();
    }
    await expect(h1(kiosk, n('ticket.title'))).toBeVisible();
    await expect(kiosk.getByTestId('nurse-ticket-number')).toHaveText('1');
    await expect(kiosk.locator('main')).not.toContainText(patronName[lng].typed);
    await axe(kiosk, t, `nurse ticket (${lng})`);
    if (printing) {
      const expected = [n('print.ticketTitle', { number: 1 }), n('print.ticketHeading'), n('ticket.next'), n('print.ticketWatch'), n('emergency.body')];
      await expect
        .poll(() => completePdfsSince(started).map(pdfText).filter((text) => hasInOrder(text, expected)).length, {
          timeout: 30_000,
          message: `nurse ticket in ${lng} from the kiosk-pdf queue, read back with pdftotext`,
        })
        .toBeGreaterThan(0);
      // A ticket names nobody.
      for (const text of completePdfsSince(started).map(pdfText)) expect(text).not.toContain(patronName[lng].typed);
    }
  });
}

test('home and Hive in Arabic and Vietnamese: start, mentor times and workshops pass axe', async ({ kiosk }) => {
  for (const lng of ['ar', 'vi'] as const) {
    const t = i18n.getFixedT(lng);
    await chooseLanguage(kiosk, lng);
    await expect(h1(kiosk, t('home.title'))).toBeVisible();
    await axe(kiosk, t, `home (${lng})`);
    await kiosk.getByRole('button', { name: new RegExp(t('services.hive.title')) }).click();
    await expect(h1(kiosk, t('hive.start.title'))).toBeVisible();
    await axe(kiosk, t, `hive start (${lng})`);
    await kiosk.getByRole('radio', { name: new RegExp(t('hive.start.mentor')) }).click();
    await expect(h1(kiosk, t('hive.mentor.helpTitle'))).toBeVisible();
    await axe(kiosk, t, `hive help areas (${lng})`);
    // The area names are the branch's, in the patron's language.
    await kiosk.getByRole('radio', { name: lng === 'ar' ? 'المال والتمويل' : 'Tài chính và vốn' }).click();
    await expect(h1(kiosk, t('hive.mentor.timesTitle'))).toBeVisible();
    await axe(kiosk, t, `hive open times (${lng})`);
    await kiosk.goto(kiosk.url());
    await chooseLanguage(kiosk, lng);
    await kiosk.getByRole('button', { name: new RegExp(t('services.hive.title')) }).click();
    await kiosk.getByRole('radio', { name: new RegExp(t('hive.start.workshop')) }).click();
    await expect(h1(kiosk, t('hive.workshop.listTitle'))).toBeVisible();
    await expect(kiosk.getByText(lng === 'ar' ? 'وسائل التواصل الاجتماعي للمشاريع الصغيرة' : 'Mạng xã hội cho doanh nghiệp nhỏ')).toBeVisible();
    await axe(kiosk, t, `hive workshops (${lng})`);
    await kiosk.goto(kiosk.url());
  }
});

for (const [width, height] of [
  [1080, 1920],
  [1920, 1080],
] as const) {
  test(`Arabic mirrors the whole layout at ${width}×${height}, without sideways scrolling`, async ({ kiosk }) => {
    await kiosk.setViewportSize({ width, height });
    const noOverflow = () => kiosk.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    const box = async (selector: string) => {
      const found = await kiosk.locator(selector).first().boundingBox();
      if (!found) throw new Error(`${selector} not visible`);
      return found;
    };
    // English first: branch name at the left, the language and help buttons at the right.
    await kiosk.getByRole('button', { name: /Touch to start/ }).click();
    const enBrand = await box('.top-bar .brand');
    const enActions = await box('.top-bar .top-actions');
    expect(enBrand.x).toBeLessThan(enActions.x);
    await kiosk.getByRole('button', { name: languageNames.ar }).click();
    await expect(kiosk.locator('html')).toHaveAttribute('dir', 'rtl');
    const arBrand = await box('.top-bar .brand');
    const arActions = await box('.top-bar .top-actions');
    expect(arBrand.x + arBrand.width).toBeGreaterThan(arActions.x + arActions.width);
    expect(arBrand.x).toBeGreaterThan(arActions.x);
    expect(await noOverflow()).toBe(true);
    await axe(kiosk, i18n.getFixedT('ar'), `home (ar, ${width}×${height})`);

    // Keypads are never mirrored: the PIN pad reads 1 2 3 from the left also in Arabic.
    const ar = i18n.getFixedT('ar');
    await kiosk.getByRole('button', { name: ar('staff.entry') }).click();
    await kiosk.getByRole('button', { name: 'Lee', exact: true }).click();
    const one = await kiosk.getByRole('button', { name: '1', exact: true }).boundingBox();
    const three = await kiosk.getByRole('button', { name: '3', exact: true }).boundingBox();
    expect(one && three && one.x < three.x).toBe(true);
    expect(await noOverflow()).toBe(true);
    await kiosk.getByRole('button', { name: ar('staff.cancel') }).click();
    await kiosk.getByRole('button', { name: ar('attract.touchToStart') }).click();
    await expect(kiosk.locator('html')).toHaveAttribute('dir', 'rtl');

    // Steppers: in Arabic "one more" sits at the start of reading, on the left of "one less".
    const t = i18n.getFixedT('ar');
    await kiosk.getByRole('button', { name: new RegExp(t('services.grocery.title')) }).click();
    const bananas = itemName('ar', 'bananas');
    await kiosk.getByRole('button', { name: t('grocery.shop.add', { name: bananas }), exact: true }).click();
    const more = await kiosk.getByRole('button', { name: t('grocery.stepper.increase', { name: bananas }) }).boundingBox();
    const less = await kiosk.getByRole('button', { name: t('grocery.stepper.decrease', { name: bananas }) }).boundingBox();
    expect(more && less && more.x < less.x).toBe(true);
    expect(await noOverflow()).toBe(true);

    // The keyboard panel mirrors (Hide at the end side, the left), the keys keep their places (backspace at the right).
    await kiosk.getByLabel(t('grocery.shop.search')).click();
    const hide = await kiosk.getByRole('button', { name: t('keyboard.hide') }).boundingBox();
    const backspace = await kiosk.getByRole('button', { name: t('keyboard.delete') }).boundingBox();
    const keyD = await kiosk.locator('[data-skbtn="د"]').boundingBox();
    const keyDad = await kiosk.locator('[data-skbtn="ض"]').boundingBox();
    expect(hide && hide.x < width / 2).toBe(true);
    expect(backspace && backspace.x > width / 2).toBe(true);
    expect(keyDad && keyD && keyDad.x < keyD.x).toBe(true);
    expect(await noOverflow()).toBe(true);
    // The switch to Latin letters (an email, a name in Latin script) and back.
    await kiosk.getByRole('button', { name: t('keyboard.latin') }).click();
    await expect(kiosk.locator('[data-skbtn="q"]')).toBeVisible();
    await kiosk.locator('[data-skbtn="q"]').click();
    await expect(kiosk.getByLabel(t('grocery.shop.search'))).toHaveValue('q');
  });
}

test('Arabic with Arabic-Indic digits: the order confirmation writes every number in them, none in Western digits', async ({ page, host }) => {
  test.setTimeout(120_000);
  const admin = 'e2e-arabic-digits';
  await callHost(host, admin, 'staff.signIn', await demoSignIn(() => callHost(host, admin, 'staff.names', {}), 'admin'));
  const settings = (await callHost(host, admin, 'settings.get', {})) as Record<string, unknown>;
  await callHost(host, admin, 'settings.update', { ...settings, languages: ['en', 'ar'], numberingSystems: { ar: 'arab' } });
  // The walk finds buttons by the strings the patron reads, so it counts in the same digits.
  setNumberingSystems({ ar: 'arab' });
  try {
    await page.setViewportSize(viewports[0]);
    const grocery = patronWalks.find((walk) => walk.name === 'grocery');
    await grocery?.run({ page, url: host.url, lng: 'ar', t: translator('ar'), at: async () => undefined });
    await expect(page.getByTestId('order-number')).toHaveText(/^[٠-٩]+$/);
    const shown = await page.locator('main').innerText();
    expect(shown).toMatch(/[٠-٩]/);
    expect(shown.match(/[0-9]+/g) ?? []).toEqual([]);
  } finally {
    setNumberingSystems({});
  }
});
