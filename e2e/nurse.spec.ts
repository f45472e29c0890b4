import type { Page } from '@playwright/test';
import { assignPrinters, cupsChecks, jobPdf, pdfText } from './cups';
import { displayRound, expect, expectAccessible as axeCheck, openNurseCheckInToday, signInAsStaff, test } from './fixtures';

// The referral sheet is read back from the real CUPS queue `kiosk-sheet` (scripts/ci-cups.sh, see
// e2e/cups.ts): always in CI, and outside CI when the machine has the queue.
const printing = cupsChecks('kiosk-sheet');
/**
 * axe-core on the screen as the user leaves it. The on-screen keyboard (a platform component) is a
 * role="group" outside any landmark, which axe's `region` rule flags; it is closed first.
 */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const hide = page.getByRole('button', { name: /^(Hide keyboard|Ocultar teclado)$/ });
  if (await hide.isVisible()) await hide.click();
  await axeCheck(page, screen);
}

test('a patron checks in in Spanish; the display shows numbers only; the nurse calls, records, refers, prints and closes', async ({ kiosk, host, context }) => {
  test.setTimeout(240_000);
  // The admin sends sheets to the CUPS queue, so the referral sheet can be read back.
  if (printing) await assignPrinters(kiosk, { sheet: 'kiosk-sheet' });
  await openNurseCheckInToday(kiosk);

  // The lobby display on a second screen.
  const display = await context.newPage();
  await display.goto(`${host.url}#/display`);
  await expect(display.getByRole('heading', { level: 1, name: 'Library Nurse' })).toBeVisible();
  // The called number takes at least a quarter of the screen's height (checked once a number is called).
  await expect(display.getByTestId('nurse-waiting')).toHaveText('0 people waiting', { timeout: displayRound });
  await expectAccessible(display, 'nurse display (empty)');

  // Patron check-in, in Spanish.
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await kiosk.getByRole('button', { name: 'Español' }).click();
  await kiosk.getByRole('button', { name: /Ver a la enfermera/ }).click();
  await expect(kiosk.getByText('Si es una emergencia, avisa a un empleado o llama al 911 ahora.')).toBeVisible();
  await expectAccessible(kiosk, 'nurse emergency notice');
  await kiosk.getByRole('button', { name: 'Continuar' }).click();

  await expect(kiosk.getByRole('heading', { level: 1, name: '¿Cómo quieres que te llame la enfermera?' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Siguiente' }).click();
  await expect(kiosk.getByText('Escribe un nombre o apodo, o elige «Prefiero no decirlo».')).toBeVisible();
  await kiosk.getByLabel('Nombre o apodo').fill('Marisol');
  await expectAccessible(kiosk, 'nurse name');
  await kiosk.getByRole('button', { name: 'Siguiente' }).click();

  await expect(kiosk.getByRole('heading', { level: 1, name: '¿Para qué quieres ver a la enfermera?' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Revisar la presión arterial' }).click();
  await kiosk.getByRole('button', { name: 'Comida', exact: true }).click();
  await expectAccessible(kiosk, 'nurse reasons');
  await kiosk.getByRole('button', { name: 'Siguiente' }).click();

  await expect(kiosk.getByRole('radio', { name: 'Español' })).toBeChecked();
  await kiosk.getByRole('button', { name: 'Quiero un intérprete' }).click();
  await expectAccessible(kiosk, 'nurse language and access');
  await kiosk.getByRole('button', { name: 'Siguiente' }).click();

  await expect(kiosk.getByRole('heading', { level: 1, name: 'Algunas preguntas más (opcional)' })).toBeVisible();
  await expectAccessible(kiosk, 'nurse screener consent');
  await kiosk.getByRole('button', { name: 'Sí, pregúntame' }).click();
  await expect(kiosk.getByText('Pregunta 1 de 10')).toBeVisible();
  await expectAccessible(kiosk, 'nurse screener question');
  // One answer, one tap: the next question follows.
  await kiosk.getByRole('radio', { name: 'Hoy tengo donde vivir, pero me preocupa perderlo' }).click();
  for (let n = 2; n <= 10; n += 1) {
    await expect(kiosk.getByText(`Pregunta ${n} de 10`)).toBeVisible();
    await kiosk.getByRole('button', { name: 'Saltar esta pregunta' }).click();
  }

  await expect(kiosk.getByRole('heading', { level: 1, name: 'Tu turno' })).toBeVisible();
  await expect(kiosk.getByTestId('nurse-ticket-number')).toHaveText('1');
  await expect(kiosk.getByText('Sigues tú.')).toBeVisible();
  // The patron screen never shows a name, a score or a flagged need.
  await expect(kiosk.locator('main')).not.toContainText('Marisol');
  await expect(kiosk.locator('main')).not.toContainText('Vivienda');
  await expectAccessible(kiosk, 'nurse ticket');
  await kiosk.getByRole('button', { name: 'Listo' }).click();
  await expect(kiosk.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await expect(kiosk.locator('body')).not.toContainText('Marisol');

  await expect(display.getByTestId('nurse-waiting')).toHaveText('1 person waiting', { timeout: displayRound });

  // The nurse calls the ticket.
  await signInAsStaff(kiosk, '333333');
  await kiosk.getByRole('button', { name: 'Nurse queue', exact: true }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Nurse queue' })).toBeVisible();
  const row = kiosk.getByTestId('nurse-ticket-1');
  await expect(row).toContainText('Marisol');
  await expect(row).toContainText('Housing');
  await expect(row).toContainText('Interpreter wanted');
  await expectAccessible(kiosk, 'nurse queue');
  await kiosk.getByRole('button', { name: 'Call next' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Ticket 1 is on the display.');
  await expect(row).toContainText('Called');

  await expect(display.getByTestId('nurse-called')).toHaveText('1', { timeout: 10_000 });
  const called = await display.getByTestId('nurse-called').locator('li').first().boundingBox();
  expect(called?.height ?? 0).toBeGreaterThanOrEqual((display.viewportSize()?.height ?? 0) / 4);
  await expect(display.getByTestId('nurse-waiting')).toHaveText('0 people waiting', { timeout: displayRound });
  const shown = await display.locator('body').innerText();
  for (const secret of ['Marisol', 'presión', 'Blood pressure', 'Food', 'Comida', 'Housing']) expect(shown).not.toContain(secret);
  await expectAccessible(display, 'nurse display (calling)');

  // Calling the same ticket again is refused (the row no longer offers it; the queue says why).
  await kiosk.getByRole('button', { name: 'Start visit for ticket 1' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Visit: ticket 1' })).toBeVisible();
  await expect(kiosk.getByText('Hoy tengo donde vivir, pero me preocupa perderlo')).toHaveCount(0);
  await expect(kiosk.getByText('I have a place to live today, but I am worried about losing it')).toBeVisible();
  await expectAccessible(kiosk, 'nurse visit');

  // Out of range: a clear message and no save.
  await kiosk.getByLabel('Blood pressure, upper number (systolic)').fill('1500');
  await expect(kiosk.getByText('Must be a number between 50 and 300 mmHg.')).toBeVisible();
  await kiosk.getByLabel('Blood pressure, upper number (systolic)').fill('150');
  await kiosk.getByLabel('Blood pressure, lower number (diastolic)').fill('92');
  await kiosk.getByLabel('Pulse', { exact: true }).fill('78');
  await kiosk.getByRole('textbox', { name: 'Notes' }).fill('BP high; recheck in two weeks');
  await kiosk.getByRole('checkbox', { name: 'Handled without calling 911' }).check();

  await kiosk.getByRole('button', { name: 'Add Eastside Food Pantry' }).click();
  await kiosk.getByLabel('Search the directory').fill('legal aid');
  await kiosk.getByRole('button', { name: 'Add Springfield Legal Aid Society' }).click();
  await expect(kiosk.getByTestId('nurse-referrals').getByRole('listitem')).toHaveCount(2);
  await kiosk.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Saved.');
  await expectAccessible(kiosk, 'nurse visit with referrals');

  await expect(kiosk.getByLabel('Language of the sheet')).toHaveValue('es');
  await kiosk.getByRole('button', { name: 'Print referral sheet' }).click();
  const printed = kiosk.getByRole('status');
  await expect(printed).toHaveText(/The referral sheet (was sent to the printer|is waiting in the print queue)\./, { timeout: 20_000 });
  const jobId = await printed.getAttribute('data-print-job');
  expect(jobId).toBeTruthy();

  await kiosk.getByRole('button', { name: 'Close visit' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('This visit is closed.');
  await expectAccessible(kiosk, 'nurse visit closed');
  await kiosk.getByRole('button', { name: 'Back to the queue' }).click();
  await expect(row).toContainText('Done');

  if (printing && jobId) {
    const text = pdfText(await jobPdf(jobId));
    expect(text).toContain('Dónde conseguir ayuda');
    expect(text).toContain('Eastside Food Pantry');
    expect(text).toContain('Springfield Legal Aid Society');
    expect(text).toContain('Despensa de alimentos semanal');
    expect(text).toContain('La enfermera está en la biblioteca');
    // The nurse's weekly hours, in the sheet's language.
    expect(text).toMatch(/martes: 10:00\sa\.\s?m\.\s–\s2:00\sp\.\s?m\./);
    expect(text).not.toContain('Marisol');
  }
});

test('the ticket screen clears itself after 20 seconds; librarians see queue numbers only', async ({ kiosk }) => {
  await openNurseCheckInToday(kiosk);
  // A controllable clock in the page, to run the ticket screen's automatic return without waiting.
  await kiosk.clock.install();
  await kiosk.reload();
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await kiosk.getByRole('button', { name: /See the library nurse/ }).click();
  await kiosk.getByRole('button', { name: 'Continue' }).click();
  await kiosk.getByRole('button', { name: "I'd rather not say" }).click();
  await kiosk.getByRole('button', { name: 'Questions about medicine' }).click();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.getByRole('button', { name: 'No, thank you' }).click();
  await expect(kiosk.getByTestId('nurse-ticket-number')).toHaveText('1');
  await expect(kiosk.getByText('This screen will clear in 20 seconds.')).toBeVisible();
  await kiosk.clock.fastForward(10_000);
  await expect(kiosk.getByTestId('nurse-ticket-number')).toBeVisible();
  await kiosk.clock.fastForward(11_000);
  await expect(kiosk.getByRole('button', { name: /Touch to start/ })).toBeVisible();
  await expect(kiosk.getByTestId('nurse-ticket-number')).toHaveCount(0);

  await signInAsStaff(kiosk, '222222');
  await expect(kiosk.getByRole('button', { name: 'Nurse queue', exact: true })).toHaveCount(0);
  await kiosk.getByRole('button', { name: 'Nurse queue numbers' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Nurse queue numbers' })).toBeVisible();
  await expect(kiosk.locator('main')).toContainText('Waiting');
  await expect(kiosk.locator('main')).not.toContainText('medicine');
  await expectAccessible(kiosk, 'nurse numbers');
});

test('the nurse keeps the directory: a CSV with a bad row changes nothing; edits, settings and counts', async ({ kiosk }) => {
  test.setTimeout(120_000);
  await signInAsStaff(kiosk, '333333');
  await kiosk.getByRole('button', { name: 'Referral directory' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Referral directory' })).toBeVisible();
  // The demo's 26 and the library's own two programs (Books & Bread, Hive).
  await expect(kiosk.getByText('28 resources')).toBeVisible();
  await expectAccessible(kiosk, 'nurse directory');

  const header = 'id,category,organisation,programme_en,helpsWith_en,active';
  const csv = [header, ',food,Northside Pantry,Pantry,Groceries,yes', ',pets,Bad Row Org,Thing,Stuff,yes'].join('\n');
  await kiosk.getByLabel('CSV file to import').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(kiosk.getByRole('alert')).toHaveText('The file has a problem in 1 row (3). Nothing was imported.');
  await expect(kiosk.getByText('Row 3, column "category": not one of the allowed values')).toBeVisible();
  await expect(kiosk.getByText('28 resources')).toBeVisible();
  await expect(kiosk.getByText('Northside Pantry')).toHaveCount(0);
  await expectAccessible(kiosk, 'nurse directory with CSV problems');

  await kiosk.getByLabel('CSV file to import').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ',food,Northside Pantry,Pantry,Groceries,yes'].join('\n')) });
  await expect(kiosk.getByRole('status')).toHaveText('Imported: 1 added, 0 updated.');
  await expect(kiosk.getByText('29 resources')).toBeVisible();

  await kiosk.getByRole('button', { name: 'Edit Northside Pantry' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Edit resource' })).toBeVisible();
  await kiosk.getByRole('checkbox', { name: 'Active' }).uncheck();
  await expectAccessible(kiosk, 'nurse resource form');
  await kiosk.getByRole('button', { name: 'Save resource' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Resource saved.');
  await expect(kiosk.getByRole('row', { name: /Northside Pantry/ })).toContainText('Inactive');

  await kiosk.getByRole('button', { name: 'Export CSV' }).click();
  const download = kiosk.waitForEvent('download');
  await kiosk.getByRole('link', { name: 'Download the CSV file' }).click();
  const file = await (await download).path();
  expect(file).toBeTruthy();

  await kiosk.getByRole('button', { name: 'Back' }).click();
  await kiosk.getByRole('button', { name: 'Nurse settings' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Nurse settings' })).toBeVisible();
  await expect(kiosk.getByRole('combobox', { name: 'Tuesday stretch 1: from' })).toHaveValue('10:00');
  await expect(kiosk.getByTestId('nurse-hours-printed')).toContainText(/Tuesday: 10:00\sAM – 2:00\sPM/);
  await kiosk.getByLabel(/^Typical visit length/).fill('99');
  await kiosk.getByRole('button', { name: 'Save' }).click();
  await expect(kiosk.getByRole('alert')).toBeVisible();
  await kiosk.getByLabel(/^Typical visit length/).fill('20');
  await kiosk.getByRole('button', { name: 'Save' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Saved.');
  await expectAccessible(kiosk, 'nurse settings');

  await kiosk.getByRole('button', { name: 'Back' }).click();
  await kiosk.getByRole('button', { name: 'Nurse daily counts' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Nurse daily counts' })).toBeVisible();
  await expectAccessible(kiosk, 'nurse daily counts');
});
