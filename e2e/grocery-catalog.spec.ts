import { expect, expectAccessible, signInAsStaff, test } from './fixtures';

// Catalog management and the "item changed before submit" path of the patron flow.

const header = 'id,category,name_en,name_es,description_en,description_es,size,price,snap,active,limit,picture';

test('librarian imports a bad catalog file (nothing changes, rows listed), exports, and edits the schedule', async ({ kiosk }) => {
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Grocery catalog and schedule' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Grocery catalog and schedule' })).toBeVisible();
  await expect(kiosk.getByRole('heading', { level: 2, name: '66 items' })).toBeVisible();
  await expectAccessible(kiosk, 'grocery catalog');

  const bad = [header, 'rice,pantry,Rice,Arroz,,,5 lb,4.99,yes,yes,,pantry.svg', 'beans,snacks,Beans,Frijoles,,,1 lb,cheap,yes,yes,,pantry.svg', 'rice,pantry,Rice,Arroz,,,5 lb,4.99,yes,yes,,pantry.svg'].join('\n');
  await kiosk.getByLabel('Or paste CSV text here').fill(bad);
  await kiosk.getByRole('button', { name: 'Hide keyboard' }).click();
  await kiosk.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(kiosk.getByRole('alert')).toHaveText('The file has problems in 2 rows. Nothing was imported.');
  const rows = kiosk.getByTestId('csv-row-errors');
  await expect(rows).toContainText('Row 3, category: not one of the categories');
  await expect(rows).toContainText('Row 3, price: not a price, write it like 3.49');
  await expect(rows).toContainText('Row 4, id: this id is already used on an earlier row');
  await expect(kiosk.getByRole('heading', { level: 2, name: '66 items' })).toBeVisible();
  await expectAccessible(kiosk, 'grocery catalog import errors');

  await kiosk.getByRole('button', { name: 'Export catalog (CSV)' }).click();
  await expect(kiosk.getByRole('textbox', { name: 'Export catalog (CSV)' })).toHaveValue(/^id,category,name_en.*\r?\nbananas,produce,Bananas,Plátanos/s);

  await kiosk.getByRole('checkbox', { name: 'Offer Large eggs' }).click();
  await expect(kiosk.getByRole('checkbox', { name: 'Offer Large eggs' })).not.toBeChecked();

  await kiosk.getByLabel('Cut-off time (HH:MM)').first().fill('25:00');
  await kiosk.getByRole('button', { name: 'Hide keyboard' }).click();
  await kiosk.getByRole('button', { name: 'Save schedule' }).click();
  await expect(kiosk.getByText('Write the time as HH:MM, for example 14:30.')).toBeVisible();
  await kiosk.getByLabel('Cut-off time (HH:MM)').first().fill('15:00');
  await kiosk.getByRole('button', { name: 'Hide keyboard' }).click();
  await kiosk.getByRole('button', { name: 'Save schedule' }).click();
  await expect(kiosk.getByRole('status').filter({ hasText: 'Schedule saved.' })).toBeVisible();
  await expectAccessible(kiosk, 'grocery schedule saved');
});

test('a patron is told before submitting when an item in the cart went inactive (es)', async ({ kiosk, host, browser }) => {
  await kiosk.getByRole('button', { name: /Touch to start/ }).click();
  await kiosk.getByRole('button', { name: 'Español' }).click();
  await kiosk.getByRole('button', { name: /Pedir comestibles/ }).click();
  await kiosk.getByRole('button', { name: 'Lácteos y huevos' }).click();
  await kiosk.getByRole('button', { name: 'Agregar Huevos grandes', exact: true }).click();
  await kiosk.getByRole('button', { name: 'Agregar Leche entera', exact: true }).click();

  // Meanwhile at the desk, eggs run out.
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await desk.goto(host.url);
  await signInAsStaff(desk, '222222');
  await desk.getByRole('button', { name: 'Grocery catalog and schedule' }).click();
  await desk.getByRole('checkbox', { name: 'Offer Large eggs' }).click();
  await expect(desk.getByRole('checkbox', { name: 'Offer Large eggs' })).not.toBeChecked();
  await deskContext.close();

  await kiosk.getByRole('button', { name: 'Continuar con el pedido' }).click();
  const changed = kiosk.getByRole('alertdialog', { name: 'Algunos productos cambiaron' });
  await expect(changed).toContainText('Huevos grandes ya no está disponible y se quitó.');
  await expectAccessible(kiosk, 'grocery cart changed (es)');
  await changed.getByRole('button', { name: 'Aceptar' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Elige tus comestibles' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Ver carrito (1)' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Agregar Huevos grandes' })).toHaveCount(0);
});
