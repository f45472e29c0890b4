// What patrons are told must be true (issue 9): the nurse's hours, a booking's real cancel rule, the waitlist
// path, and limits told as soon as the phone is known. Printouts are read back from the CUPS queues.
// (A mixed SNAP order's "bring" text is checked in grocery.spec.ts, on screen, receipt and pickup slip.)
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { formatDay, formatDayTime, formatTime } from '../shared/domain/format';
import { addDays, localDateOf, weekdayOf, zonedInstant } from '../shared/domain/zoned-time';
import { assignPrinters, completePdfsSince, cupsChecks, pdfText } from './cups';
import { api, displayRound, expect, expectAccessible as axeCheck, signInAsStaff, test } from './fixtures';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
/** The open mentor times, each a large card. */
const times = (page: Page) => page.locator('[aria-labelledby=hive-times-heading] [role=radio]');

/** From the attract screen to a mentor's open times for one kind of help. */
async function startMentorBooking(page: Page, help: string): Promise<void> {
  await page.getByRole('button', { name: /Touch to start/ }).tap();
  await page.getByRole('button', { name: /Business help/ }).tap();
  await page.getByRole('radio', { name: /Meet a mentor/ }).tap();
  await page.getByRole('radio', { name: help }).tap();
  await expect(h1(page, 'Choose a time')).toBeVisible();
  await expect(times(page).first()).toBeVisible();
}
// The browser host's branch zone is the machine's (the demo keeps it), so the test computes dates in it.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const printing = cupsChecks('kiosk-receipt');
/** pdftotext breaks lines where the 72 mm receipt does: compare with whitespace folded. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const receiptsSince = (since: number) => completePdfsSince(since).map((file) => flat(pdfText(file)));

/** axe on the screen as the patron leaves it: the on-screen keyboard (outside the landmarks) is closed first. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const hide = page.getByRole('button', { name: /^(Hide keyboard|Ocultar teclado)$/ });
  if (await hide.isVisible()) await hide.click();
  await axeCheck(page, screen);
}

test('outside the nurse hours the tile, the check-in and the lobby display say when the nurse is next in, and no ticket is made', async ({ kiosk, host, context }) => {
  test.setTimeout(120_000);
  // The nurse keeps one stretch a week, two days from today: 9:00 AM – 12:00 PM.
  const today = localDateOf(new Date(), zone);
  const nextDate = addDays(today, 2);
  const next = zonedInstant(nextDate, '09:00', zone);
  const until = zonedInstant(nextDate, '12:00', zone);
  if (!next || !until) throw new Error('no such time');
  const weekday = formatDay(next, 'en', zone).split(',')[0] ?? '';
  await signInAsStaff(kiosk, '333333');
  await kiosk.getByRole('button', { name: 'Nurse settings' }).click();
  await expect(h1(kiosk, 'Nurse settings')).toBeVisible();
  for (const day of ['Tuesday', 'Thursday', 'Saturday']) await kiosk.getByRole('button', { name: `Remove ${day} stretch 1` }).click();
  await kiosk.getByRole('button', { name: `Add hours on ${weekday}` }).click();
  await expect(kiosk.getByRole('combobox', { name: `${weekday} stretch 1: from` })).toHaveValue('09:00');
  await expect(kiosk.getByRole('combobox', { name: `${weekday} stretch 1: to` })).toHaveValue('12:00');
  await expect(kiosk.getByTestId('nurse-hours-printed')).toHaveText(new RegExp(`^${weekday}: 9:00\\sAM – 12:00\\sPM$`));
  await kiosk.getByRole('button', { name: 'Save' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Saved.');
  await expectAccessible(kiosk, 'nurse settings with weekly hours');
  expect(weekdayOf(nextDate)).not.toBe(weekdayOf(today));
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  // The patron: the home tile already says when; the check-in says it again, with no way to a ticket.
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  const tile = kiosk.getByRole('button', { name: /See the library nurse/ });
  await expect(tile).toContainText(`Next in: ${formatDayTime(next, 'en', zone)}`);
  await expectAccessible(kiosk, 'home with the nurse away');
  await tile.click();
  await expect(h1(kiosk, 'The nurse is not in right now')).toBeVisible();
  await expect(kiosk.getByText(`The library nurse is next in on ${formatDay(next, 'en', zone)}, from ${formatTime(next, 'en', zone)} to ${formatTime(until, 'en', zone)}.`)).toBeVisible();
  // Nothing on the screen leads to a ticket: no step, no Back into the check-in, only the way out.
  await expect(kiosk.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expect(kiosk.locator('main.step[data-flow]')).toHaveCount(0);
  await expect(kiosk.locator('[data-action=back]')).toHaveCount(0);
  await expectAccessible(kiosk, 'nurse away');
  await kiosk.getByRole('button', { name: 'Español' }).click();
  await expect(h1(kiosk, 'La enfermera no está ahora')).toBeVisible();
  await expect(
    kiosk.getByText(`La enfermera de la biblioteca vuelve el ${formatDay(next, 'es', zone)}, de ${formatTime(next, 'es', zone)} a ${formatTime(until, 'es', zone)}`),
  ).toBeVisible();
  // One time format per language: Spanish reads 9:00 a. m., not a 24-hour clock.
  expect(formatTime(next, 'es', zone)).toMatch(/^9:00\sa\.\s?m\.$/);
  await expectAccessible(kiosk, 'nurse away (es)');
  // The backend refuses a ticket too (a screen left open from before closing), naming the next opening.
  await expect(api(kiosk, 'nurse.checkIn', { idempotencyKey: randomUUID(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null })).rejects.toThrow('nurse.closed-now');
  await kiosk.getByRole('button', { name: 'Volver al inicio' }).click();
  // The lobby display: nobody waits, so it says when the nurse is next in, in each of its languages in turn.
  const display = await context.newPage();
  await display.goto(`${host.url}#/display`);
  await expect(display.getByTestId('nurse-display-closed')).toHaveText(`The nurse is next in on ${formatDayTime(next, 'en', zone)}.`, { timeout: displayRound });
  await expect(display.getByTestId('nurse-display-closed')).toHaveText(`La enfermera vuelve el ${formatDayTime(next, 'es', zone)}`, { timeout: displayRound });
  await expect(display.getByTestId('nurse-called')).toHaveCount(0);
  await expectAccessible(display, 'lobby display with the nurse away');

  // The desk sees no ticket, and can open check-in now: the patron then gets one that says until when.
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Nurse queue numbers' }).click();
  await expect(kiosk.getByRole('definition').filter({ hasText: /^None$/ }).first()).toBeVisible();
  const panel = kiosk.getByRole('region', { name: 'Check-in today' });
  await expect(panel).toContainText(`Check-in is closed. The nurse is next in on ${formatDayTime(next, 'en', zone)}.`);
  await panel.getByLabel('Until').selectOption('24:00');
  await panel.getByRole('button', { name: 'Open check-in now' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved: Check-in is open until midnight.');
  await expect(panel).toContainText('Lee opened check-in until End of the day today.');
  await expectAccessible(kiosk, 'desk opened check-in');
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await expect(kiosk.getByRole('button', { name: /See the library nurse/ })).toContainText('Open now until midnight');
  await kiosk.getByRole('button', { name: /See the library nurse/ }).click();
  await kiosk.getByRole('button', { name: 'Continue' }).click();
  await kiosk.getByRole('button', { name: "I'd rather not say" }).click();
  await kiosk.getByRole('button', { name: 'Food', exact: true }).click();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('button', { name: 'No, thank you' }).click();
  await expect(h1(kiosk, 'Your ticket')).toBeVisible();
  await expect(kiosk.getByTestId('nurse-last-check-in')).toHaveText('Last check-in today: midnight. Everyone who has a ticket will be seen, also after that time.');
  await expectAccessible(kiosk, 'ticket with the last check-in');
  // The desk closes check-in while someone waits: the display tells the room they will be seen, not "closed".
  await kiosk.getByRole('button', { name: 'Done' }).click();
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Nurse queue numbers' }).click();
  await kiosk.getByRole('region', { name: 'Check-in today' }).getByRole('button', { name: 'Close check-in now' }).click();
  await expect(display.getByTestId('nurse-display-closed')).toHaveText('Check-in is closed. Everyone who has a ticket will be seen.', { timeout: displayRound });
  await expect(display.getByTestId('nurse-waiting')).toHaveText('1 person waiting');
});

test('a booking inside the cut-off (as a same-day one is) says before and after that it cannot be cancelled at the kiosk, with the branch phone', async ({ kiosk }) => {
  test.setTimeout(150_000);
  if (printing) await assignPrinters(kiosk, { receipt: 'kiosk-receipt' });
  const started = Date.now();
  // The branch cancels only 168 hours ahead: every open time this week is inside the cut-off.
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Hive: booking rules' }).click();
  await kiosk.getByLabel('Cancel at least this many hours before').fill('168');
  await kiosk.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Saved.');
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  await startMentorBooking(kiosk, 'Marketing');
  // The time choice says it before anything is typed: once under each day heading, with the branch phone,
  // not as a tag on every card.
  const firstDay = kiosk.locator('.hive-day').first();
  await expect(firstDay.getByTestId('hive-day-no-cancel')).toHaveText('These times cannot be cancelled at the kiosk. To cancel or change one, call the branch at (555) 010-4400.');
  await expect(kiosk.locator('.hive-day')).toHaveCount(await kiosk.getByTestId('hive-day-no-cancel').count());
  await expect(kiosk.locator('.hive-no-cancel')).toHaveCount(0);
  const first = times(kiosk).first();
  await expectAccessible(kiosk, 'times inside the cut-off');
  await first.tap();
  await kiosk.getByRole('radio', { name: 'An idea' }).tap();
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await kiosk.getByLabel('Your name').fill('Rafa Ortiz');
  await kiosk.getByLabel('Phone number').fill('555-030-0111');
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  const rule = 'This time is less than 7 days away, so it cannot be cancelled at the kiosk. To cancel or change it, call the branch at (555) 010-4400 or ask at the desk.';
  await expect(h1(kiosk, 'Check your booking')).toBeVisible();
  await expect(kiosk.getByText(rule)).toBeVisible();
  await expectAccessible(kiosk, 'review inside the cut-off');
  await kiosk.getByRole('button', { name: 'Confirm booking' }).tap();
  await expect(h1(kiosk, 'You are booked!')).toBeVisible();
  await expect(kiosk.getByRole('status')).toContainText(rule);
  await expect(kiosk.getByRole('status')).not.toContainText('at least 24 hours');
  await expectAccessible(kiosk, 'confirmation inside the cut-off');
  const code = ((await kiosk.locator('.hive-code').textContent()) ?? '').trim();
  if (printing) {
    await expect
      .poll(() => receiptsSince(started).filter((text) => text.includes(code) && text.includes(rule)).length, { timeout: 30_000, message: 'booking slip with the cancel rule, from kiosk-receipt' })
      .toBeGreaterThan(0);
  }
});

test('a waitlisted patron is told the place and how staff will call; staff see whom to call and tick it off', async ({ kiosk }) => {
  test.setTimeout(150_000);
  if (printing) await assignPrinters(kiosk, { receipt: 'kiosk-receipt' });
  const started = Date.now();
  const title = 'Social media for small business';
  const register = async (name: string, phone: string) => {
    await kiosk.getByRole('button', { name: /Touch to start/ }).tap();
    await kiosk.getByRole('button', { name: /Business help/ }).tap();
    await kiosk.getByRole('radio', { name: /Join a workshop/ }).tap();
    await kiosk.getByRole('button', { name: title }).tap();
    await kiosk.getByLabel('Your name').fill(name);
    await kiosk.getByLabel('Phone number').fill(phone);
    await kiosk.getByRole('button', { name: 'Next' }).tap();
    await expect(h1(kiosk, 'Check your registration')).toBeVisible();
  };
  // The demo workshop has 7 of 8 seats taken.
  await register('Lucia Gomez', '555-030-0201');
  await kiosk.getByRole('button', { name: 'Confirm registration' }).tap();
  await expect(h1(kiosk, 'You are registered!')).toBeVisible();
  await expect(kiosk.getByText('Show your slip or code at the door.')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Finish' }).tap();

  // The list already says the workshop is full, and that joining is the waitlist.
  await kiosk.getByRole('button', { name: /Touch to start/ }).tap();
  await kiosk.getByRole('button', { name: /Business help/ }).tap();
  await kiosk.getByRole('radio', { name: /Join a workshop/ }).tap();
  const card = kiosk.getByRole('button', { name: title });
  await expect(card).toContainText('This workshop is full, so you will join its waitlist.');
  await expect(card).toContainText('You will be number 1 on the waitlist.');
  await expect(card).toContainText('Join the waitlist');
  await expectAccessible(kiosk, 'workshop list with a full workshop');
  await kiosk.getByRole('button', { name: 'Home', exact: true }).tap();
  await kiosk.getByRole('button', { name: 'Start over' }).tap();
  await register('Marco Silva', '5550300202');
  // Before joining: the place it will be, and how a seat is offered.
  const waitlist = kiosk.getByTestId('hive-waitlist');
  await expect(waitlist).toContainText('You will be number 1 on the waitlist.');
  await expect(waitlist).toContainText('If a seat opens, library staff will call you at (555) 030-0202.');
  await kiosk.getByRole('button', { name: 'Join the waitlist' }).tap();
  await expect(h1(kiosk, 'You are on the waitlist')).toBeVisible();
  const status = kiosk.getByRole('status');
  await expect(status).toContainText('You are number 1 on the waitlist.');
  await expect(status).toContainText('If a seat opens, library staff will call you at (555) 030-0202.');
  await expect(status).toContainText('You do not have a seat yet. Please come only after library staff tell you a seat is yours.');
  await expect(status).not.toContainText('at the door');
  await expectAccessible(kiosk, 'waitlist confirmation');
  await kiosk.getByRole('button', { name: 'Finish' }).tap();
  if (printing) {
    await expect
      .poll(
        () =>
          receiptsSince(started).filter(
            (text) => text.includes('You are on the waitlist: number 1.') && text.includes('If a seat opens, library staff will call you at (555) 030-0202.') && !text.includes('Show this slip at the door'),
          ).length,
        { timeout: 30_000, message: 'waitlist slip from kiosk-receipt' },
      )
      .toBeGreaterThan(0);
  }

  // Lucia cancels at the desk; Marco moves up. Staff are alerted and have his number to call.
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Hive: workshops and attendance' }).click();
  await kiosk.getByRole('button', { name: new RegExp(title) }).click();
  await kiosk.getByRole('button', { name: 'Cancel registration of Lucia Gomez' }).click();
  const dialog = kiosk.getByRole('dialog', { name: 'Cancel the registration of Lucia Gomez?' });
  await dialog.getByLabel('Reason for cancelling').fill('Called');
  await dialog.getByRole('button', { name: 'Cancel registration' }).click();
  await expect(kiosk.getByText('Cancelled. Moved up from the waitlist: Marco Silva.')).toBeVisible();
  await kiosk.getByRole('button', { name: 'All workshops' }).click();
  await kiosk.getByRole('button', { name: 'Staff home' }).click();
  await expect(kiosk.getByTestId('staff-alert').filter({ hasText: '1 person moved up from a Hive waitlist and needs a phone call.' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Hive: workshops and attendance' }).click();
  const calls = kiosk.getByRole('region', { name: 'To call: moved up from a waitlist' });
  const row = calls.getByRole('row', { name: /Marco Silva/ });
  await expect(row).toContainText('(555) 030-0202');
  await expect(row).toContainText(title);
  await expectAccessible(kiosk, 'people to call');
  await row.getByRole('button', { name: 'Mark Marco Silva as called' }).click();
  await expect(row).toContainText('Called by Lee');
  await kiosk.getByRole('button', { name: 'Staff home' }).click();
  await expect(kiosk.getByTestId('staff-alert').filter({ hasText: 'Hive waitlist' })).toHaveCount(0);
});

test('the meeting limit is told right after the phone number is typed, before anything else', async ({ kiosk }) => {
  test.setTimeout(120_000);
  // Two upcoming meetings booked earlier for this phone (through the same HTTP API, as another kiosk would).
  const slots = await api<{ mentorId: string; start: string }[]>(kiosk, 'hive.openTimes', { limit: 20 });
  const distinct = slots.filter((s, i) => slots.findIndex((o) => o.mentorId === s.mentorId && o.start === s.start) === i).slice(0, 2);
  for (const slot of distinct) {
    await api(kiosk, 'hive.book', { idempotencyKey: randomUUID(), mentorId: slot.mentorId, start: slot.start, area: 'marketing', stage: 'idea', industry: '', wants: '', name: 'Pat Two', phone: '555-030-0303', email: '', language: 'en' });
  }
  await startMentorBooking(kiosk, 'Finance and funding');
  await times(kiosk).first().tap();
  await kiosk.getByRole('radio', { name: 'An idea' }).tap();
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(h1(kiosk, 'How can we reach you?')).toBeVisible();
  // Only the phone: nothing else typed yet, no button pressed.
  await kiosk.getByLabel('Phone number').fill('(555) 030-0303');
  const limit = kiosk.getByRole('alert').filter({ hasText: 'You already have 2 upcoming meetings, the most we allow. Please ask at the desk.' });
  await expect(limit).toBeVisible();
  await expectAccessible(kiosk, 'contact with the meeting limit');
  // The step does not go on to the review.
  await kiosk.getByLabel('Your name').fill('Pat Two');
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(h1(kiosk, 'How can we reach you?')).toBeVisible();
  await expect(limit).toBeVisible();
  // Another number is not limited.
  await kiosk.getByLabel('Phone number').fill('(555) 030-0304');
  await expect(limit).toHaveCount(0);
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(h1(kiosk, 'Check your booking')).toBeVisible();
});
