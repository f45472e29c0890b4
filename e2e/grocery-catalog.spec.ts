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

  await kiosk.getByRole('button', { name: 'Ver carrito (2)' }).click();
  await kiosk.getByRole('button', { name: 'Continuar con el pedido' }).click();
  const changed = kiosk.getByRole('alertdialog', { name: 'Algunos productos cambiaron' });
  await expect(changed).toContainText('Huevos grandes ya no está disponible y se quitó.');
  await expectAccessible(kiosk, 'grocery cart changed (es)');
  await changed.getByRole('button', { name: 'Aceptar' }).click();
  // The patron stays on the cart, now without the eggs, and can shop on.
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Tu carrito' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Seguir comprando' }).click();
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Elige tus comestibles' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Ver carrito (1)' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Agregar Huevos grandes' })).toHaveCount(0);
});

/** A 2×2 PNG: the staff screen turns it into a small WebP before it is sent. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

test('a librarian attaches a product photo; patrons see it in the catalog', async ({ kiosk, host, browser }) => {
  await signInAsStaff(kiosk, '222222');
  await kiosk.getByRole('button', { name: 'Grocery catalog and schedule' }).click();
  // Not a picture: refused in words, nothing changes.
  await kiosk.getByLabel(/^Photo of Bananas/).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
  await expect(kiosk.getByRole('alert')).toHaveText('That file is not a photo the kiosk can use. Choose a JPEG, PNG or WebP picture.');
  await kiosk.getByLabel(/^Photo of Bananas/).setInputFiles({ name: 'bananas.png', mimeType: 'image/png', buffer: PNG });
  await expect(kiosk.getByRole('status').filter({ hasText: 'Photo saved for Bananas.' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Remove photo of Bananas' })).toBeVisible();
  await expectAccessible(kiosk, 'grocery catalog with a photo');

  const patronContext = await browser.newContext();
  const patron = await patronContext.newPage();
  await patron.goto(host.url);
  await patron.getByRole('button', { name: /Order groceries/ }).first().click();
  const picture = patron.locator('.grocery-card', { hasText: 'Bananas' }).locator('img').first();
  await expect(picture).toHaveAttribute('src', /^\/photos\/bananas-[0-9a-f]{12}\.(webp|jpg)$/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);
  await patronContext.close();
});
