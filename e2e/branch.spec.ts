import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { DeviceRole } from '../shared/contract/branch';
import { chromiumArgs, chromiumPath } from './chromium';
import { api, demoStaff, expect, expectAccessible, startHost, test, type KioskHost } from './fixtures';

// One branch: the host on loopback (its own screen over HTTP, devices over TLS on a second port), and
// separate browser contexts paired as lobby, desk, nurse station and display. Chromium trusts the
// host's certificate by its key alone (SPKI pin), never by ignoring certificate errors.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

type Branch = { host: KioskHost; url: string; fingerprint: string; spki: string };

async function startBranchHost(port: number, dataDir?: string): Promise<Branch> {
  const host = await startHost({ args: ['--listen', `127.0.0.1:${port}`], dataDir });
  const url = /Branch devices pair at (https:\/\/127\.0\.0\.1:\d+\/)/.exec(host.output())?.[1] ?? '';
  const fingerprint = /Certificate fingerprint \(SHA-256 of the key\): ([0-9A-F ]+)/.exec(host.output())?.[1]?.trim() ?? '';
  expect(url, host.output()).toBe(`https://127.0.0.1:${port}/`);
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  return { host, url, fingerprint, spki: Buffer.from(fingerprint.replace(/ /g, ''), 'hex').toString('base64') };
}

/** A Chromium that accepts the branch host's self-signed certificate by its key (and nothing else). */
const pinnedBrowser = (spki: string): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath || undefined, args: [...chromiumArgs, `--ignore-certificate-errors-spki-list=${spki}`] });

/** The admin's own screen on the host starts a pairing (through the real API) and returns the code. */
async function pairingCode(admin: Page, name: string, role: DeviceRole): Promise<string> {
  const started = await api<{ pairing: { code: string } }>(admin, 'devices.startPairing', { name, role });
  return started.pairing.code;
}

/** A new device opens the branch address, sees "Connect to a branch" with the fingerprint, and enters the code. */
async function connect(page: Page, branch: Branch, code: string): Promise<void> {
  await page.goto(branch.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Connect to a branch' })).toBeVisible();
  await expect(page.getByTestId('fingerprint')).toHaveText(branch.fingerprint);
  await page.getByLabel('Pairing code').fill(code);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Connected as / })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

/** A call from this device's page, with its own cookie (the device token never reaches the script). */
const deviceCall = (page: Page, op: string, input: unknown) =>
  page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kiosk-Client': 'e2e-device-call' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } } };
    },
    [op, input] as const,
  );

async function signIn(page: Page, who: keyof typeof demoStaff): Promise<void> {
  const member = demoStaff[who];
  await page.getByRole('button', { name: member.name, exact: true }).click();
  for (const digit of member.pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff home' })).toBeVisible();
}

test.describe('branch network', () => {
  test.describe.configure({ mode: 'serial' });
  let port: number;
  let branch: Branch;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  let lobby: Page;
  let desk: Page;
  let nurse: Page;
  let display: Page;
  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    contexts.push(context);
    return context.newPage();
  };

  test.beforeAll(async () => {
    port = await freePort();
    branch = await startBranchHost(port);
    browser = await pinnedBrowser(branch.spki);
    admin = await newPage();
    await admin.goto(branch.host.url);
    // The admin on the host's own screen: signed in for the API set-up the tests use.
    const names = await api<{ id: string; name: string }[]>(admin, 'staff.names', {});
    await api(admin, 'staff.signIn', { staffId: names.find((n) => n.name === demoStaff.admin.name)?.id, pin: demoStaff.admin.pin });
    // The nurse is in all week, so check-in is open whenever the test runs.
    const settings = await api<Record<string, unknown>>(admin, 'nurse.settings', {});
    await api(admin, 'nurse.updateSettings', { ...settings, weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '00:00', close: '24:00' })) });
  });
  test.afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await branch?.host.stop();
  });

  test('an admin pairs a device from the Devices screen; the device compares the fingerprint and enters the code', async () => {
    const screen = await newPage();
    await screen.goto(branch.host.url);
    await screen.getByRole('button', { name: 'Staff' }).click();
    await signIn(screen, 'admin');
    await screen.getByRole('button', { name: 'Devices' }).click();
    await screen.getByLabel('Device name').fill('Lobby kiosk');
    await screen.getByRole('radio', { name: /^Lobby kiosk/ }).check();
    await screen.getByRole('button', { name: 'Get a pairing code' }).click();
    const code = (await screen.getByTestId('pairing-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^\d{8}$/);
    await expect(screen.getByTestId('host-fingerprint')).toHaveText(branch.fingerprint);
    await expectAccessible(screen, 'devices with a pairing code');

    lobby = await newPage();
    await lobby.goto(branch.url);
    await expect(lobby.getByRole('heading', { level: 1, name: 'Connect to a branch' })).toBeVisible();
    await expectAccessible(lobby, 'connect to a branch');
    await lobby.getByLabel('Pairing code').fill(code);
    await lobby.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(lobby.getByRole('heading', { level: 1, name: 'Connected as Lobby kiosk' })).toBeVisible();
    await lobby.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(lobby.getByRole('button', { name: /Touch to start/ })).toBeVisible();
    // The token is an HttpOnly cookie: nothing the page's script can read.
    expect(await lobby.evaluate(() => document.cookie)).toBe('');
    await expect(screen.getByRole('row', { name: /^Lobby kiosk Lobby kiosk / })).toBeVisible();

    desk = await newPage();
    await connect(desk, branch, await pairingCode(admin, 'Front desk', 'desk'));
    nurse = await newPage();
    await connect(nurse, branch, await pairingCode(admin, 'Nurse room', 'nurse-station'));
    display = await newPage();
    await connect(display, branch, await pairingCode(admin, 'Waiting-room TV', 'display'));
    // Staff devices start at sign-in; the display shows the numbers and nothing else.
    await expect(desk.getByRole('button', { name: demoStaff.librarian.name, exact: true })).toBeVisible();
    await expect(display.getByTestId('nurse-waiting')).toBeVisible();
  });

  test('an unpaired client and a wrong code are refused, and the code locks after its tries', async () => {
    const stranger = await newPage();
    expect((await deviceCall(await (async () => (await stranger.goto(branch.url), stranger))(), 'kiosk.bootstrap', {})).body.error?.code).toBe('device-unpaired');
    await pairingCode(admin, 'Spare laptop', 'desk');
    for (let i = 0; i < 4; i++) {
      await stranger.getByLabel('Pairing code').fill('00000000');
      await stranger.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(stranger.getByRole('alert')).toHaveText(/That code is not right\. \d more tr(y|ies)\./);
    }
    await stranger.getByLabel('Pairing code').fill('00000000');
    await stranger.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(stranger.getByRole('alert')).toHaveText('Too many wrong codes. Ask an administrator for a new pairing code.');
    await api(admin, 'devices.cancelPairing', {});
  });

  test('each device gets exactly its role: the nurse station no groceries, the display nothing but the numbers', async () => {
    expect(await deviceCall(nurse, 'grocery.windows', {})).toMatchObject({ status: 403, body: { ok: false, error: { code: 'device-forbidden' } } });
    expect(await deviceCall(nurse, 'grocery.catalog', {})).toMatchObject({ status: 403 });
    expect((await deviceCall(display, 'nurse.display', {})).body.ok).toBe(true);
    for (const op of ['nurse.status', 'staff.names', 'grocery.catalog', 'hive.catalog', 'nurse.checkIn', 'system.alerts', 'devices.list']) {
      expect((await deviceCall(display, op, {})).body.error?.code, op).toBe('device-forbidden');
    }
  });

  test('a check-in at the lobby reaches the display within a second, and the nurse station calls it', async () => {
    const waiting = display.getByTestId('nurse-waiting');
    const before = await waiting.textContent();
    const ticket = await deviceCall(lobby, 'nurse.checkIn', { idempotencyKey: crypto.randomUUID(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null });
    expect(ticket.body.ok).toBe(true);
    const number = (ticket.body.value as { number: number }).number;
    await expect(waiting).not.toHaveText(before ?? '', { timeout: 1000 });

    await signIn(nurse, 'nurse');
    await nurse.getByRole('button', { name: 'Nurse queue' }).click();
    await nurse.getByRole('button', { name: 'Call next' }).click();
    await expect(display.getByTestId('nurse-called')).toContainText(String(number), { timeout: 1000 });
  });

  /** The lobby patron puts eggs in the cart and goes through to the review step. */
  async function orderUpToReview(name: string): Promise<void> {
    await lobby.getByRole('button', { name: /Touch to start/ }).click();
    await lobby.getByRole('button', { name: /Books & Bread/ }).click();
    await lobby.getByRole('button', { name: 'Dairy and eggs' }).click();
    await lobby.getByRole('button', { name: 'Add Large eggs', exact: true }).click();
    await lobby.getByRole('button', { name: /^View cart/ }).click();
    await lobby.getByRole('button', { name: 'Continue to checkout' }).click();
    await lobby.getByLabel('Your name').fill(name);
    await lobby.getByLabel('Phone number').fill('555-010-1234');
    await lobby.getByRole('button', { name: 'Next' }).click();
    // Tapping a way to pay chooses it and moves on.
    await lobby.getByRole('radio', { name: 'Debit or credit card' }).click();
    await expect(lobby.getByRole('heading', { level: 1, name: 'Check your order' })).toBeVisible();
  }
  const placedHeading = () => lobby.getByRole('heading', { level: 1, name: 'Thank you! Your order is placed' });

  test('a patron orders at the lobby and the desk’s order list shows it without a reload', async () => {
    await signIn(desk, 'librarian');
    await desk.getByRole('button', { name: 'Grocery order desk' }).click();
    await expect(desk.getByRole('heading', { level: 1, name: 'Grocery order desk' })).toBeVisible();
    await orderUpToReview('Ana Lobby');
    await lobby.getByRole('button', { name: 'Place order' }).click();
    await expect(placedHeading()).toBeVisible();
    const number = (await lobby.getByTestId('order-number').textContent())?.trim() ?? '';
    await expect(desk.getByTestId('grocery-orders')).toContainText(number, { timeout: 2000 });
    await lobby.getByRole('button', { name: 'Finish' }).click();
  });

  test('the host is killed while the lobby submits an order and restarted: one order, and the lobby shows the confirmation', async () => {
    test.setTimeout(120_000);
    await orderUpToReview('Rosa Diaz');
    // The host stops answering as the order goes out, and dies with the request in flight.
    process.kill(branch.host.pid, 'SIGSTOP');
    const sent = lobby.waitForRequest((r) => r.url().endsWith('/api/grocery.submitOrder'));
    await lobby.getByRole('button', { name: 'Place order' }).click();
    await sent;
    branch.host.kill();
    process.kill(branch.host.pid, 'SIGCONT');
    await expect(lobby.getByTestId('connection-banner')).toHaveText('Reconnecting… Everything you entered is kept.');
    // The patron's review is still on screen, with what they typed.
    await expect(lobby.getByRole('heading', { level: 1, name: 'Check your order' })).toBeVisible();
    await expect(lobby.getByText('Rosa Diaz')).toBeVisible();

    const dataDir = branch.host.dataDir;
    branch = await startBranchHost(port, dataDir);
    await expect(placedHeading()).toBeVisible({ timeout: 30_000 });
    await expect(lobby.getByTestId('connection-banner')).toHaveText('');
    const number = (await lobby.getByTestId('order-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^\d+$/);

    // Exactly one order, seen from the host's own screen after the restart (a new launch token).
    await admin.goto(branch.host.url);
    const names = await api<{ id: string; name: string }[]>(admin, 'staff.names', {});
    await api(admin, 'staff.signIn', { staffId: names.find((n) => n.name === demoStaff.admin.name)?.id, pin: demoStaff.admin.pin });
    const orders = await api<{ items: { number: number }[]; total: number }>(admin, 'grocery.orders', { search: 'Rosa Diaz' });
    expect(orders.total).toBe(1);
    expect(String(orders.items[0]?.number)).toBe(number);
    await lobby.getByRole('button', { name: 'Finish' }).click();
  });

  test('a revoked desk is cut off at once and gets a clear screen', async () => {
    const devices = await api<{ devices: { id: string; name: string }[] }>(admin, 'devices.list', {});
    const deskId = devices.devices.find((d) => d.name === 'Front desk')?.id;
    await api(admin, 'devices.revoke', { id: deskId });
    await expect(desk.getByRole('heading', { level: 1, name: 'This screen was removed from the branch' })).toBeVisible({ timeout: 10_000 });
    expect((await deviceCall(desk, 'kiosk.bootstrap', {})).body.error?.code).toBe('device-revoked');
    await expectAccessible(desk, 'revoked device');
    // The others carry on.
    expect((await deviceCall(lobby, 'kiosk.bootstrap', {})).body.ok).toBe(true);
  });
});
