// A patron cancels a mentor meeting or a workshop place by the code on the slip; the rules and mentor
// editors save and read back what staff typed.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, signInAsStaff, test } from './fixtures';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const HOUR = 3600_000;

type Slot = { mentorId: string; start: string; end: string };

/** Two bookings with Daniel, 30 hours to 6 days ahead: outside the default 24-hour cut-off, inside a 168-hour one. */
async function bookTwo(page: Page): Promise<{ code: string; start: string }[]> {
  const catalog = await api<{ mentors: { id: string; displayName: string }[] }>(page, 'hive.catalog', {});
  const daniel = catalog.mentors.find((m) => m.displayName === 'Daniel Reyes');
  if (!daniel) throw new Error('demo mentor missing');
  const slots = await api<Slot[]>(page, 'hive.openTimes', { mentorId: daniel.id, limit: 60 });
  const now = Date.now();
  const fit = slots.filter((s) => Date.parse(s.start) > now + 30 * HOUR && Date.parse(s.start) < now + 144 * HOUR);
  expect(fit.length).toBeGreaterThanOrEqual(2);
  const booked = [];
  for (const [i, slot] of fit.slice(0, 2).entries()) {
    booked.push(
      await api<{ code: string; start: string }>(page, 'hive.book', {
        idempotencyKey: randomUUID(),
        mentorId: slot.mentorId,
        start: slot.start,
        area: 'marketing',
        stage: 'idea',
        industry: 'Bakery',
        wants: 'Secret plans',
        name: `Ana Private${i}`,
        phone: '',
        email: `ana${i}@example.org`,
        language: 'en',
      }),
    );
  }
  return booked;
}

async function openCancel(page: Page, language: 'en' | 'es') {
  await page.getByRole('button', { name: /Touch to start/ }).tap();
  if (language === 'es') await page.getByRole('button', { name: 'Español' }).tap();
  await page.getByRole('button', { name: language === 'es' ? /Ayuda para negocios/ : /Business help/ }).tap();
  await expect(h1(page, language === 'es' ? 'Ayuda para negocios' : 'Business help')).toBeVisible();
  await expectAccessible(page, `hive start (${language})`);
  await page.getByRole('radio', { name: language === 'es' ? /Cancelar una reserva/ : /Cancel a booking/ }).tap();
  await expect(h1(page, language === 'es' ? 'Cancelar una reserva' : 'Cancel a booking')).toBeVisible();
}

/** Types on the on-screen keyboard, key by key, as a patron would. */
async function typeOnKeyboard(page: Page, label: string, text: string) {
  await page.getByLabel(label).tap();
  const keyboard = page.getByTestId('on-screen-keyboard');
  await expect(keyboard).toBeVisible();
  // The code field capitalises what is typed: the lower-case keys are enough.
  for (const ch of text) await keyboard.getByRole('button', { name: ch.toLowerCase(), exact: true }).first().tap();
  await expect(page.getByLabel(label)).toHaveValue(text);
}

async function closeKeyboard(page: Page) {
  const keyboard = page.getByTestId('on-screen-keyboard');
  if (await keyboard.isVisible()) await keyboard.getByRole('button').first().click();
  await expect(keyboard).toBeHidden();
}

test('a patron cancels a mentor meeting by slip code in English; past the cut-off saved in the rules editor it is refused', async ({ kiosk }) => {
  const [first, second] = await bookTwo(kiosk);
  if (!first || !second) throw new Error('bookings missing');

  await openCancel(kiosk, 'en');
  await expectAccessible(kiosk, 'cancel: find');
  await kiosk.getByRole('button', { name: 'Find my booking' }).tap();
  await expect(kiosk.getByText('Please type the code from your slip.')).toBeVisible();
  await expect(kiosk.getByText('Please give the phone number or email address you used.')).toBeVisible();
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'cancel: missing fields');

  // The code is typed on the on-screen keyboard; an unknown code is refused in words.
  await typeOnKeyboard(kiosk, 'Code on your slip', 'ZZZ222');
  await kiosk.getByLabel('Phone number or email address').fill('ana0@example.org');
  await kiosk.getByRole('button', { name: 'Find my booking' }).tap();
  await expect(kiosk.getByRole('alert')).toHaveText('We could not find a booking with that code and contact.');
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'cancel: unknown code');

  await kiosk.getByLabel('Code on your slip').fill('');
  await typeOnKeyboard(kiosk, 'Code on your slip', first.code);
  await kiosk.getByRole('button', { name: 'Find my booking' }).tap();
  await expect(h1(kiosk, 'Cancel this?')).toBeVisible();
  const summary = kiosk.getByTestId('hive-cancel-summary');
  await expect(summary).toContainText('Meeting with a mentor: Daniel');
  await expect(summary).toContainText(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d+/);
  // Nothing personal on the confirmation: not the name, the email, or what they wrote.
  for (const secret of ['Ana', 'Private', 'example.org', 'Secret plans', 'Bakery']) await expect(kiosk.locator('main')).not.toContainText(secret);
  await expectAccessible(kiosk, 'cancel: confirm');
  await kiosk.getByRole('button', { name: 'Yes, cancel it' }).tap();
  await expect(h1(kiosk, 'Cancelled')).toBeVisible();
  await expect(kiosk.getByRole('status')).toHaveText('Your meeting is cancelled. The time is free for someone else.');
  await expectAccessible(kiosk, 'cancel: done');
  await kiosk.getByRole('button', { name: 'Finish' }).tap();
  await expect(kiosk.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  // The cancelled time is open again.
  const open = await api<Slot[]>(kiosk, 'hive.openTimes', { limit: 60, mentorId: (await api<{ mentors: { id: string; displayName: string }[] }>(kiosk, 'hive.catalog', {})).mentors.find((m) => m.displayName === 'Daniel Reyes')?.id });
  expect(open.some((s) => s.start === first.start)).toBe(true);

  // A librarian makes the cut-off a week in the rules editor; the value is saved and read back.
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Hive: booking rules' }).click();
  await expect(h1(kiosk, 'Hive: booking rules')).toBeVisible();
  await expect(kiosk.getByLabel('Cancel at least this many hours before')).toHaveValue('24');
  await kiosk.getByLabel('Cancel at least this many hours before').fill('168');
  await kiosk.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Saved.');
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'rules saved');
  await kiosk.getByRole('button', { name: 'Staff home' }).click();
  await kiosk.getByRole('button', { name: 'Hive: booking rules' }).click();
  await expect(kiosk.getByLabel('Cancel at least this many hours before')).toHaveValue('168');
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  await openCancel(kiosk, 'en');
  await kiosk.getByLabel('Code on your slip').fill(second.code);
  await kiosk.getByLabel('Phone number or email address').fill('ANA1@example.org');
  await kiosk.getByRole('button', { name: 'Find my booking' }).tap();
  await expect(kiosk.getByRole('alert')).toHaveText('It is too late to cancel at the kiosk. Please call the branch at (555) 010-4400 or ask at the desk.');
  await expect(h1(kiosk, 'Cancel a booking')).toBeVisible();
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'cancel: too late');
});

test('a patron cancels a workshop place in Spanish; the first on the waitlist gets the seat', async ({ kiosk }) => {
  const workshops = await api<{ id: string; title: { es: string }; seatsLeft: number }[]>(kiosk, 'hive.workshops', {});
  const social = workshops.find((w) => w.title.es === 'Redes sociales para pequeños negocios');
  if (!social) throw new Error('demo workshop missing');
  const register = (name: string, phone: string) =>
    api<{ code: string; status: string }>(kiosk, 'hive.register', { idempotencyKey: randomUUID(), workshopId: social.id, name, phone, email: '', language: 'es', answers: [] });
  const lucia = await register('Lucía Gómez', '555-030-0001');
  const marco = await register('Marco Silva', '555-030-0002');
  expect([lucia.status, marco.status]).toEqual(['registered', 'waitlisted']);

  await openCancel(kiosk, 'es');
  await expectAccessible(kiosk, 'cancelar: buscar');
  await kiosk.getByLabel('Código del comprobante').fill('NOPE22');
  await kiosk.getByLabel('Teléfono o correo electrónico').fill('555-030-0001');
  await kiosk.getByRole('button', { name: 'Buscar mi reserva' }).tap();
  await expect(kiosk.getByRole('alert')).toHaveText('No encontramos una reserva con ese código y ese contacto.');
  await closeKeyboard(kiosk);
  await expectAccessible(kiosk, 'cancelar: código desconocido');

  await kiosk.getByLabel('Código del comprobante').fill(lucia.code.toLowerCase());
  await expect(kiosk.getByLabel('Código del comprobante')).toHaveValue(lucia.code);
  await kiosk.getByLabel('Teléfono o correo electrónico').fill('(555) 030-0001');
  await kiosk.getByRole('button', { name: 'Buscar mi reserva' }).tap();
  await expect(h1(kiosk, '¿Cancelar esto?')).toBeVisible();
  const summary = kiosk.getByTestId('hive-cancel-summary');
  await expect(summary).toContainText('Taller: Redes sociales para pequeños negocios');
  await expect(summary).toContainText(/(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d+ de \w+/);
  await expect(kiosk.locator('main')).not.toContainText('Lucía');
  await expect(kiosk.locator('main')).not.toContainText('555');
  await expectAccessible(kiosk, 'cancelar: confirmar');
  await kiosk.getByRole('button', { name: 'Sí, cancelar' }).tap();
  await expect(h1(kiosk, 'Cancelado')).toBeVisible();
  await expect(kiosk.getByRole('status')).toHaveText('Tu lugar está cancelado. Gracias por dejar que otra persona lo use.');
  await expectAccessible(kiosk, 'cancelar: listo');
  await kiosk.getByRole('button', { name: 'Terminar' }).tap();

  // Marco moved up from the waitlist; Lucía's code no longer finds anything.
  expect((await api<{ status: string }>(kiosk, 'hive.findByCode', { code: marco.code, contact: '555-030-0002' })).status).toBe('registered');
  await openCancel(kiosk, 'es');
  await kiosk.getByLabel('Código del comprobante').fill(lucia.code);
  await kiosk.getByLabel('Teléfono o correo electrónico').fill('555-030-0001');
  await kiosk.getByRole('button', { name: 'Buscar mi reserva' }).tap();
  await expect(kiosk.getByRole('alert')).toHaveText('No encontramos una reserva con ese código y ese contacto.');
});

test('the mentor editor saves a change that reads back after leaving the screen', async ({ kiosk }) => {
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Hive: mentors and hours' }).click();
  await kiosk.getByRole('button', { name: 'Edit Daniel Reyes' }).click();
  await expect(h1(kiosk, 'Edit Daniel Reyes')).toBeVisible();
  // One field per offered language; the Spanish room name is the staff's to write.
  await expect(kiosk.getByLabel('Room (English)')).toHaveValue('Hive Room B');
  await expect(kiosk.getByLabel('Room (Spanish)')).toHaveValue('Sala B de Hive');
  await kiosk.getByLabel('Room (English)').fill('Hive Room C');
  await kiosk.getByLabel('Room (Spanish)').fill('Sala C de Hive');
  await kiosk.getByLabel('Break between sessions (minutes)').fill('10');
  await kiosk.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(h1(kiosk, 'Hive: mentors')).toBeVisible();
  await expect(kiosk.getByRole('status')).toHaveText('Saved.');
  await expectAccessible(kiosk, 'mentor saved');
  await kiosk.getByRole('button', { name: 'Staff home' }).click();
  await kiosk.getByRole('button', { name: 'Hive: mentors and hours' }).click();
  await kiosk.getByRole('button', { name: 'Edit Daniel Reyes' }).click();
  await expect(kiosk.getByLabel('Room (English)')).toHaveValue('Hive Room C');
  await expect(kiosk.getByLabel('Break between sessions (minutes)')).toHaveValue('10');
  // Patrons see the new room too.
  const catalog = await api<{ mentors: { displayName: string; room: Record<string, string> }[] }>(kiosk, 'hive.catalog', {});
  expect(catalog.mentors.find((m) => m.displayName === 'Daniel Reyes')?.room).toMatchObject({ en: 'Hive Room C', es: 'Sala C de Hive' });
});
