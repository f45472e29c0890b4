// Alerts over real files: kept until acknowledged, across restarts, and not lost while writes fail.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../store/store';
import { tempDirs, testClock } from '../store/test-support';
import { openAlertCenter } from './alerts';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await dirs.cleanup();
});
async function openStore(dataDir: string): Promise<Store> {
  const store = await Store.open({ dataDir, clock: testClock('2026-03-01T09:00:00Z') });
  open.push(store);
  return store;
}
async function closeStore(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

describe('alert centre', () => {
  it('keeps an alert in alerts.json until it is acknowledged, then forgets it for good', async () => {
    const dir = await dirs.make();
    let store = await openStore(dir);
    let alerts = await openAlertCenter(store);
    const id = alerts.raise('warning', 'pin-guessing', { name: 'Noor' });
    await alerts.settled();
    await closeStore(store);
    store = await openStore(dir);
    alerts = await openAlertCenter(store);
    expect(alerts.list()).toEqual([expect.objectContaining({ id, code: 'pin-guessing', params: { name: 'Noor' } })]);
    expect(await alerts.acknowledge(id)).toMatchObject({ code: 'pin-guessing' });
    await closeStore(store);
    store = await openStore(dir);
    expect((await openAlertCenter(store)).list()).toEqual([]);
    await expect((await openAlertCenter(store)).acknowledge(id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('counts the same alert once while it is unacknowledged, across restarts too', async () => {
    const dir = await dirs.make();
    let store = await openStore(dir);
    let alerts = await openAlertCenter(store);
    const first = alerts.raise('error', 'disk-full', { dataDir: '/data' });
    expect(alerts.raise('error', 'disk-full', { dataDir: '/data' })).toBe(first);
    alerts.raise('warning', 'pin-guessing', { name: 'Lee' });
    await alerts.settled();
    await closeStore(store);
    store = await openStore(dir);
    alerts = await openAlertCenter(store);
    alerts.raise('error', 'disk-full', { dataDir: '/data' });
    expect(alerts.list().map((a) => a.code)).toEqual(['disk-full', 'pin-guessing']);
  });

  it('takes in what the store raised while opening, and what it raises later', async () => {
    const dir = await dirs.make();
    await fs.writeFile(path.join(dir, 'alerts.json'), '{"schemaVersion":1,"da');
    const store = await openStore(dir);
    const alerts = await openAlertCenter(store);
    store.raise('error', 'store-lock-lost', { dataDir: dir });
    expect(alerts.list().map((a) => a.code)).toEqual(['store-reset', 'store-lock-lost']);
  });

  it('shows an alert it could not write, and writes it once it can', async () => {
    const dir = await dirs.make();
    const store = await openStore(dir);
    const alerts = await openAlertCenter(store);
    // A folder where alerts.json goes: every write of it fails.
    await fs.rename(path.join(dir, 'alerts.json'), path.join(dir, 'alerts.aside'));
    await fs.mkdir(path.join(dir, 'alerts.json'));
    alerts.raise('warning', 'store-snapshot-failed', { reason: 'no room' });
    await alerts.settled();
    expect(alerts.list()).toEqual([expect.objectContaining({ code: 'store-snapshot-failed' })]);
    await fs.rmdir(path.join(dir, 'alerts.json'));
    await fs.rename(path.join(dir, 'alerts.aside'), path.join(dir, 'alerts.json'));
    alerts.raise('warning', 'pin-guessing', { name: 'Avery' });
    await alerts.settled();
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'alerts.json'), 'utf8')) as { data: { alerts: { code: string }[] } };
    expect(onDisk.data.alerts.map((a) => a.code)).toEqual(['store-snapshot-failed', 'pin-guessing']);
  });

  it('lets staff acknowledge live alerts (print trouble) until the trouble changes', async () => {
    const store = await openStore(await dirs.make());
    const alerts = await openAlertCenter(store);
    let oldest = 'job-1';
    alerts.addProvider(() => [{ id: `print-waiting-${oldest}`, at: '2026-03-01T09:00:00.000Z', level: 'warning', code: 'print.jobs-waiting', params: { count: 1 } }]);
    await alerts.acknowledge('print-waiting-job-1');
    expect(alerts.list()).toEqual([]);
    oldest = 'job-2';
    expect(alerts.list().map((a) => a.id)).toEqual(['print-waiting-job-2']);
  });
});
