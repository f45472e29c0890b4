// An admin imports a health department's approved screener wording at the staff screen; a bad file is refused
// with its line and field, in words; patrons then answer the approved questions (the food items as statements,
// often / sometimes / never true) in their language, and the nurse's queue flags them by the approved rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectAccessible, openNurseCheckInToday, signInAsStaff, test } from './fixtures';
import { mainAction } from './patron-walks';

const approved = readFileSync(path.join(import.meta.dirname, '..', 'electron', 'backend', 'nurse', 'fixtures', 'ahc-hrsn-core-v1.json'), 'utf8');
const definition = JSON.parse(approved) as { questions: { id: string; text: Record<string, string>; options: { value: string; label: Record<string, string> }[] }[] };

test('an admin imports approved screener wording; patrons answer it in Spanish; the queue flags by its rules', async ({ kiosk }) => {
  test.setTimeout(120_000);
  await signInAsStaff(kiosk, '111111');
  await kiosk.getByRole('button', { name: 'Screener wording', exact: true }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Screener wording' })).toBeVisible();
  const file = kiosk.getByLabel('Import an approved definition (JSON file)');
  // A threshold that is not a number: refused whole, with the line and the field.
  const bad = approved.replace('"atLeast": 11', '"atLeast": "eleven"');
  const badLine = bad.split('\n').findIndex((line) => line.includes('"atLeast"')) + 1;
  await file.setInputFiles({ name: 'screener.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(kiosk.getByRole('alert')).toHaveText(`Line ${badLine}: scoring[4].atLeast has the wrong kind of value. Nothing was imported.`);
  await expect(kiosk.locator('tr[data-version]')).toHaveCount(1);
  await file.setInputFiles({ name: 'screener.json', mimeType: 'application/json', buffer: Buffer.from(approved) });
  await expect(kiosk.getByRole('status')).toContainText('Patrons now answer AHC Health-Related Social Needs screening (core questions) (ahc-hrsn-core@1).');
  await expect(kiosk.locator('tr[data-version="ahc-hrsn-core@1"]')).toContainText('Patrons answer this version');
  await expectAccessible(kiosk, 'screener wording');
  await kiosk.getByRole('button', { name: 'Sign out' }).click();

  await openNurseCheckInToday(kiosk);
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await kiosk.getByRole('button', { name: 'Español', exact: true }).click();
  await kiosk.getByRole('button', { name: /Ver a la enfermera/ }).click();
  await mainAction(kiosk).click();
  await kiosk.getByRole('button', { name: 'Prefiero no decirlo' }).click();
  await mainAction(kiosk).click();
  await kiosk.locator('[data-choice=food]').click();
  await mainAction(kiosk).click();
  await mainAction(kiosk).click();
  await mainAction(kiosk).click();
  const [, food] = definition.questions;
  await expect(kiosk.getByText('Pregunta 1 de 9')).toBeVisible();
  await kiosk.getByRole('radio', { name: definition.questions[0]!.options[0]!.label.es, exact: true }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: food!.text.es })).toBeVisible();
  await expect(kiosk.getByRole('radio')).toHaveText(food!.options.map((o) => o.label.es!));
  await kiosk.getByRole('radio', { name: 'A veces es cierto', exact: true }).click();
  for (let n = 3; n <= 9; n += 1) await mainAction(kiosk).click();
  await expect(kiosk.getByTestId('nurse-ticket-number')).toBeVisible();
  await expectAccessible(kiosk, 'ticket after the approved screener');

  // The nurse's queue: the ticket's answers scored by the approved version's rules ("sometimes true": food).
  await kiosk.goto(kiosk.url());
  await signInAsStaff(kiosk, '333333');
  await kiosk.getByRole('button', { name: 'Nurse queue', exact: true }).click();
  await expect(kiosk.locator('.nurse-flag', { hasText: 'Food' }).first()).toBeVisible();
});
