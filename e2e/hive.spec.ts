import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { assignPrinters, pdfText } from './cups';
import { expect, expectAccessible, signInAsStaff, test } from './fixtures';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
/** The open times, each a large card under its day. */
const slots = (page: Page) => page.locator('[aria-labelledby=hive-times-heading]').getByRole('radio');

/** The on-screen keyboard opens for typed fields; close it before checking a screen as a patron would leave it. */
async function closeKeyboard(page: Page) {
  const hide = page.getByTestId('on-screen-keyboard').getByRole('button').first();
  if (await page.getByTestId('on-screen-keyboard').isVisible()) await hide.click();
  await expect(page.getByTestId('on-screen-keyboard')).toBeHidden();
}

async function openHive(page: Page, language: 'en' | 'es') {
  await page.getByRole('button', { name: /Touch to start/ }).tap();
  if (language === 'es') await page.getByRole('button', { name: 'Español' }).tap();
  await page.getByRole('button', { name: language === 'es' ? /Ayuda para negocios/ : /Business help/ }).tap();
  await expect(h1(page, language === 'es' ? 'Ayuda para negocios' : 'Business help')).toBeVisible();
}

test('a patron books a mentor by touch in English: bad phone refused, then a confirmation with the slip note', async ({ kiosk }) => {
  await openHive(kiosk, 'en');
  await expectAccessible(kiosk, 'hive start');
  await kiosk.getByRole('radio', { name: /Meet a mentor/ }).tap();
  await expect(h1(kiosk, 'What would you like help with?')).toBeVisible();
  await expectAccessible(kiosk, 'help wanted');
  await kiosk.getByRole('radio', { name: 'Marketing' }).tap();
  await expect(h1(kiosk, 'Choose a time')).toBeVisible();
  await expect(slots(kiosk).first()).toBeVisible();
  // Times under a heading per day; a card says the time, the mentor and the length, not the date again.
  const firstDay = kiosk.locator('.hive-day').first();
  const day = (await firstDay.getByRole('heading', { level: 3 }).textContent()) ?? '';
  expect(day).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}$/);
  await expect(firstDay.getByRole('radiogroup', { name: day })).toBeVisible();
  await expect(firstDay.getByRole('radio').first().locator('.choice-label')).toHaveText(/^\d{1,2}:\d{2}\s[AP]M$/);
  await expect(firstDay.getByRole('radio').first()).toContainText(/with \w+ · (\d+ minutes|1 hour)/);
  await expectAccessible(kiosk, 'open times');
  // By mentor, Spanish speakers only.
  await kiosk.getByRole('button', { name: 'Choose a mentor' }).tap();
  await kiosk.getByRole('group', { name: 'Mentor speaks' }).getByRole('button', { name: 'Español' }).tap();
  await kiosk.getByRole('radio', { name: /Daniel Reyes/ }).tap();
  await expect(slots(kiosk).first()).toContainText('with Daniel');
  await expectAccessible(kiosk, 'open times by mentor');
  await slots(kiosk).first().tap();

  // One question per step: the business stage (a tap moves on), about the business, then contact.
  await expect(h1(kiosk, 'Where is your business now?')).toBeVisible();
  await expectAccessible(kiosk, 'stage');
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(kiosk.getByText('Please choose one.')).toBeVisible();
  await kiosk.getByRole('radio', { name: 'Just started' }).tap();
  await expect(h1(kiosk, 'Tell us a little about your business')).toBeVisible();
  await kiosk.getByLabel('Type of business').fill('Bakery');
  await kiosk.getByLabel('What would you like from the meeting?').fill('Price my cakes');
  await expectAccessible(kiosk, 'intake');
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(h1(kiosk, 'How can we reach you?')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(kiosk.getByText('Please give a phone number or an email address.')).toBeVisible();
  await kiosk.getByLabel('Your name').fill('Ana Ruiz');
  await kiosk.getByLabel('Phone number').fill('12');
  await kiosk.getByRole('button', { name: 'Next' }).tap();
  await expect(kiosk.getByText('That phone number does not look right. Please check it.')).toBeVisible();
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'intake with errors');
  await kiosk.getByLabel('Phone number').fill('(555) 010-7777');
  await kiosk.getByRole('button', { name: 'Next' }).tap();

  await expect(h1(kiosk, 'Check your booking')).toBeVisible();
  await expect(kiosk.getByText('Price my cakes')).toBeVisible();
  await expectAccessible(kiosk, 'review');
  await kiosk.getByRole('button', { name: 'Confirm booking' }).tap();
  await expect(h1(kiosk, 'You are booked!')).toBeVisible();
  const status = kiosk.getByRole('status');
  await expect(status).toContainText('Your meeting with Daniel is booked.');
  await expect(status).toContainText('Hive Room B');
  await expect(status).toContainText(/Your slip will be printed at the desk\.|Please take your slip from the printer\./);
  await expect(kiosk.locator('.hive-code')).toHaveText(/^[A-Z2-9]{6}$/);
  await expectAccessible(kiosk, 'booking confirmation');
  await kiosk.getByRole('button', { name: 'Finish' }).tap();
  await expect(kiosk.getByRole('button', { name: /Touch to start/ })).toBeVisible();
});

test('a patron books a mentor by touch in Spanish', async ({ kiosk }) => {
  await openHive(kiosk, 'es');
  await kiosk.getByRole('radio', { name: /Reunirse con un mentor/ }).tap();
  await expect(h1(kiosk, '¿Con qué te gustaría recibir ayuda?')).toBeVisible();
  await kiosk.getByRole('radio', { name: 'Finanzas y financiamiento' }).tap();
  await expect(h1(kiosk, 'Elige un horario')).toBeVisible();
  await expectAccessible(kiosk, 'horarios');
  await slots(kiosk).first().tap();
  await kiosk.getByRole('radio', { name: 'Una idea' }).tap();
  await kiosk.getByRole('button', { name: 'Siguiente' }).tap();
  await kiosk.getByLabel('Tu nombre').fill('Rosa Díaz');
  await kiosk.getByLabel('Correo electrónico').fill('rosa@example.org');
  await kiosk.getByRole('button', { name: 'Siguiente' }).tap();
  await expect(h1(kiosk, 'Revisa tu reserva')).toBeVisible();
  await expectAccessible(kiosk, 'revisión');
  await kiosk.getByRole('button', { name: 'Confirmar reserva' }).tap();
  await expect(h1(kiosk, '¡Tu cita está reservada!')).toBeVisible();
  await expect(kiosk.getByRole('status')).toContainText(/Tu comprobante se imprimirá en el mostrador\.|Por favor toma tu comprobante/);
  await expectAccessible(kiosk, 'confirmación');
});

async function registerFor(page: Page, title: string, name: string, phone: string) {
  await openHive(page, 'es');
  await page.getByRole('radio', { name: /Inscribirse en un taller/ }).tap();
  await expect(h1(page, 'Talleres y programas')).toBeVisible();
  // The whole workshop card is the target.
  await page.getByRole('button', { name: title }).tap();
  await expect(h1(page, 'Tus datos')).toBeVisible();
  await page.getByLabel('Tu nombre').fill(name);
  await page.getByLabel('Número de teléfono').fill(phone);
  await page.getByRole('button', { name: 'Siguiente' }).tap();
  await expect(h1(page, 'Revisa tu inscripción')).toBeVisible();
}

test('a full workshop waitlists with position; a cancellation promotes; a librarian takes attendance and prints a roster', async ({ kiosk, host }) => {
  const title = 'Redes sociales para pequeños negocios';
  const pdfDir = path.join(host.dataDir, 'pdf');
  const pdfs = () => (existsSync(pdfDir) ? readdirSync(pdfDir, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length : 0);
  // An admin points both printers at the PDF folder, so printed slips and sheets become files to count.
  await assignPrinters(kiosk, { receipt: '@pdf-folder', sheet: '@pdf-folder' });
  // The demo workshop has 7 of 8 seats taken: the first patron gets the last seat.
  await registerFor(kiosk, title, 'Lucía Gómez', '555-030-0001');
  await expectAccessible(kiosk, 'revisión del taller');
  await kiosk.getByRole('button', { name: 'Confirmar inscripción' }).tap();
  await expect(h1(kiosk, '¡Ya estás inscrito!')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Terminar' }).tap();

  await registerFor(kiosk, title, 'Marco Silva', '555-030-0002');
  await expect(kiosk.getByText(/Este taller está completo/)).toBeVisible();
  await kiosk.getByRole('button', { name: 'Entrar en la lista de espera' }).tap();
  await expect(h1(kiosk, 'Estás en la lista de espera')).toBeVisible();
  await expect(kiosk.getByRole('status')).toContainText('Eres el número 1 en la lista de espera');
  const marcoCode = (await kiosk.locator('.hive-code').textContent()) ?? '';
  expect(marcoCode).toMatch(/^[A-Z2-9]{6}$/);
  await expectAccessible(kiosk, 'lista de espera');
  await kiosk.getByRole('button', { name: 'Terminar' }).tap();

  // The librarian cancels Lucía's seat (she called), Marco moves up, and checks him in at the door by his slip code.
  await kiosk.getByRole('button', { name: 'English' }).tap();
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Hive: workshops and attendance' }).click();
  await expect(h1(kiosk, 'Hive: workshops')).toBeVisible();
  await expectAccessible(kiosk, 'staff workshops');
  await kiosk.getByRole('button', { name: /Social media for small business/ }).click();
  await expect(h1(kiosk, 'Social media for small business')).toBeVisible();
  await expect(kiosk.getByText('8 of 8 seats taken · 1 waiting').first()).toBeVisible();
  await expectAccessible(kiosk, 'workshop at the desk');
  await kiosk.getByRole('button', { name: 'Cancel registration of Lucía Gómez' }).click();
  const dialog = kiosk.getByRole('dialog', { name: 'Cancel the registration of Lucía Gómez?' });
  await dialog.getByRole('button', { name: 'Cancel registration' }).click();
  await expect(dialog.getByText('Please give a reason.')).toBeVisible();
  await dialog.getByLabel('Reason for cancelling').fill('Called: cannot come');
  await expectAccessible(kiosk, 'cancel dialog');
  await dialog.getByRole('button', { name: 'Cancel registration' }).click();
  await expect(kiosk.getByText('Cancelled. Moved up from the waitlist: Marco Silva.')).toBeVisible();
  await expect(kiosk.getByText('Marco Silva got a seat on')).toBeVisible();

  await kiosk.getByLabel('Slip code').fill(marcoCode.toLowerCase());
  await kiosk.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(kiosk.getByText('Marco Silva is checked in.')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Check in Ana Lopez' }).click();
  await expect(kiosk.getByText('Ana Lopez is checked in.')).toBeVisible();
  await kiosk.getByLabel('Slip code').fill('NOPE22');
  await kiosk.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(kiosk.getByText('No registration with that code for this workshop.')).toBeVisible();
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'attendance');

  // Two patron slips and the slip of the patron who moved up: a fresh kiosk prints to its PDF folder.
  await expect.poll(pdfs, { timeout: 30_000 }).toBe(3);
  await kiosk.getByRole('button', { name: 'Print roster' }).click();
  await expect(kiosk.locator('.hive-print-note')).toHaveText(/^(Printed\.|Sent to the printer queue\.)$/);
  await expect.poll(pdfs, { timeout: 30_000 }).toBe(4);
  const roster = readdirSync(pdfDir).find((f) => f.startsWith('Roster'));
  expect(roster, 'roster PDF file').toBeTruthy();
  const rosterText = pdfText(path.join(pdfDir, roster ?? ''));
  expect(rosterText).toContain('Marco Silva');
  expect(rosterText).not.toContain('Lucía Gómez');
  await expectAccessible(kiosk, 'roster printed');
});

test('a librarian runs the day: schedule, booking detail, summary and a CSV that downloads', async ({ kiosk }) => {
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Hive: day and week' }).click();
  await expect(h1(kiosk, 'Hive: day and week')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(kiosk.getByRole('button', { name: 'Details: Sam Taylor' })).toBeVisible();
  await expectAccessible(kiosk, 'week view');
  await kiosk.getByRole('button', { name: 'Details: Sam Taylor' }).click();
  const detail = kiosk.getByRole('dialog', { name: /Booking [A-Z2-9]{6}/ });
  await expect(detail).toContainText('Sell online');
  await expectAccessible(kiosk, 'booking detail');
  await detail.getByRole('button', { name: 'Mark attended' }).click();
  await expect(detail).toContainText('Attended');
  await detail.getByRole('button', { name: 'Close' }).click();
  await kiosk.getByRole('button', { name: 'Staff home' }).click();

  await kiosk.getByRole('button', { name: 'Hive: summary and export' }).click();
  await expect(h1(kiosk, 'Hive: summary and export')).toBeVisible();
  await expect(kiosk.locator('.hive-stats')).toContainText('Attended');
  await expectAccessible(kiosk, 'summary');
  await kiosk.getByRole('button', { name: 'Prepare bookings CSV' }).click();
  const link = kiosk.getByRole('link', { name: /Download bookings CSV \(2 rows\)/ });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([kiosk.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^hive-bookings-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('code,start,end,mentor,area,status');
  expect(csv).toContain('Sam Taylor');
  await expectAccessible(kiosk, 'export ready');

  for (const [tile, heading] of [
    ['Hive: mentors and hours', 'Hive: mentors'],
    ['Hive: booking rules', 'Hive: booking rules'],
  ] as const) {
    await kiosk.getByRole('button', { name: 'Staff home' }).click();
    await kiosk.getByRole('button', { name: tile }).click();
    await expect(h1(kiosk, heading)).toBeVisible();
    await expectAccessible(kiosk, heading);
  }
  // Lowering a capacity below the seats given is refused with a clear message, and nothing changes.
  await kiosk.getByRole('button', { name: 'Staff home' }).click();
  await kiosk.getByRole('button', { name: 'Hive: workshops and attendance' }).click();
  await kiosk.getByRole('button', { name: /Social media for small business/ }).click();
  await kiosk.getByRole('button', { name: 'Edit workshop' }).click();
  await expect(h1(kiosk, 'Edit workshop')).toBeVisible();
  await kiosk.getByLabel('Capacity').fill('3');
  await kiosk.getByRole('button', { name: 'Save' }).click();
  await expect(kiosk.getByRole('alert')).toHaveText('7 people are registered. The capacity cannot be lower than that.');
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'workshop editor with error');
  await kiosk.getByRole('button', { name: 'Discard changes' }).click();
  await expect(kiosk.getByText('7 of 8 seats taken · 0 waiting').first()).toBeVisible();

  await kiosk.getByRole('button', { name: 'All workshops' }).click();
  await kiosk.getByRole('button', { name: 'Staff home' }).click();
  await kiosk.getByRole('button', { name: 'Hive: mentors and hours' }).click();
  await kiosk.getByRole('button', { name: 'Edit Maria Gonzalez' }).click();
  await expect(h1(kiosk, 'Edit Maria Gonzalez')).toBeVisible();
  await expectAccessible(kiosk, 'mentor editor');
});

test('two kiosks race for the same time: one is booked, the other is told and sees the next open times', async ({ kiosk, host }) => {
  const other = await kiosk.context().newPage();
  await other.goto(host.url);
  const keys: string[] = [];
  for (const [page, name] of [
    [kiosk, 'First Patron'],
    [other, 'Second Patron'],
  ] as const) {
    await openHive(page, 'en');
    await page.getByRole('radio', { name: /Meet a mentor/ }).tap();
    await page.getByRole('radio', { name: 'Technology' }).tap();
    keys.push((await slots(page).first().getAttribute('data-choice')) ?? '');
    await slots(page).first().tap();
    await page.getByRole('radio', { name: 'An idea' }).tap();
    await page.getByRole('button', { name: 'Next' }).tap();
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email address').fill(`${name.split(' ')[0]?.toLowerCase()}@example.org`);
    await page.getByRole('button', { name: 'Next' }).tap();
    await expect(h1(page, 'Check your booking')).toBeVisible();
  }
  expect(keys[0]).toBeTruthy();
  expect(keys[1]).toBe(keys[0]);
  await kiosk.getByRole('button', { name: 'Confirm booking' }).tap();
  await expect(h1(kiosk, 'You are booked!')).toBeVisible();
  await other.getByRole('button', { name: 'Confirm booking' }).tap();
  await expect(h1(other, 'Choose a time')).toBeVisible();
  await expect(other.getByRole('alert')).toHaveText('Sorry, someone else just booked that time. Here are the next open times.');
  await expect(slots(other).first()).toBeVisible();
  // The time taken is gone from the list (a card's data-choice is mentor@start).
  await expect(other.locator(`[data-choice="${keys[0]}"]`)).toHaveCount(0);
  await expectAccessible(other, 'slot taken');
  await other.close();
});
