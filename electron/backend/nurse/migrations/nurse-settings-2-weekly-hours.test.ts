import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { testClock } from '../../store/test-support';
import { dispatchOk, signIn, testBackends, textPrinting, caller, newKey } from '../../test-backend';
import { weeklyHoursFromText } from './nurse-settings-2-weekly-hours';

// Files written by the version before weekly hours (schema 1): the demo's hours, and hours a nurse typed freely.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

const backends = testBackends();
afterEach(() => backends.cleanup());

/** A data directory whose nurse settings file is the given schema-1 file, opened by this version. */
async function openWithOldFile(fixture: string) {
  // Tuesday 3 March 2026, 11:00 in New York.
  const clock = testClock('2026-03-03T16:00:00Z');
  const first = await backends.start({ clock, printing: textPrinting, timeZone: 'America/New_York' });
  await backends.stop(first.backend);
  await copyFile(path.join(fixtures, fixture), path.join(first.dataDir, 'nurse-settings.json'));
  const { backend } = await backends.start({ clock, dataDir: first.dataDir, demo: false, printing: textPrinting });
  return { backend, dataDir: first.dataDir };
}

describe('nurse settings 1 → 2: weekly hours from the old text', () => {
  it('reads the demo text as weekly hours, rewrites the file at schema 2, and check-in follows them', async () => {
    const { backend, dataDir } = await openWithOldFile('nurse-settings-v1-demo.json');
    const nurse = await signIn(backend, 'nurse');
    expect(await dispatchOk(backend, 'nurse.settings', {}, nurse)).toEqual({
      weeklyHours: [
        { weekday: 2, open: '10:00', close: '14:00' },
        { weekday: 4, open: '13:00', close: '17:00' },
        { weekday: 6, open: '10:00', close: '13:00' },
      ],
      closedDates: [],
      hoursNote: '',
      visitMinutes: 15,
    });
    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'nurse-settings.json'), 'utf8')) as { schemaVersion: number; data: Record<string, unknown> };
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.data).not.toHaveProperty('nurseHours');
    // Tuesday 11:00: open until 14:00.
    expect(await dispatchOk(backend, 'nurse.status', {}, 'kiosk')).toMatchObject({ open: true, closesAt: '2026-03-03T19:00:00.000Z' });
    const alerts = await dispatchOk<{ code: string }[]>(backend, 'system.alerts', {}, nurse);
    expect(alerts.map((a) => a.code)).not.toContain('nurse.hours-not-set');
  });

  it('keeps text that is not plainly days and times as the printed note, and asks staff to set the hours', async () => {
    const { backend } = await openWithOldFile('nurse-settings-v1-free-text.json');
    const nurse = await signIn(backend, 'nurse');
    expect(await dispatchOk(backend, 'nurse.settings', {}, nurse)).toEqual({
      weeklyHours: [],
      closedDates: [],
      hoursNote: 'Tuesdays and Thursdays, afternoons\nClosed on holidays',
      visitMinutes: 20,
    });
    // No hours: no ticket, and staff see why.
    const refused = await backend.dispatch('nurse.checkIn', { ...newKey(), name: null, reasons: ['other'], language: 'en', interpreter: false, accessNeeds: [], screener: null }, caller('kiosk'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'nurse.closed-now', params: { context: 'noHours' } } });
    const alerts = await dispatchOk<{ code: string }[]>(backend, 'system.alerts', {}, nurse);
    expect(alerts.map((a) => a.code)).toContain('nurse.hours-not-set');
  });
});

describe('reading old hours text', () => {
  it.each([
    ['Tue 10:00–14:00\nThu 13:00–17:00', [{ weekday: 2, open: '10:00', close: '14:00' }, { weekday: 4, open: '13:00', close: '17:00' }]],
    ['Mon-Wed 9am - 12pm, 1pm-5pm', [1, 2, 3].flatMap((weekday) => [{ weekday, open: '09:00', close: '12:00' }, { weekday, open: '13:00', close: '17:00' }])],
    ['Saturday: 10 to 2', [{ weekday: 6, open: '10:00', close: '14:00' }]],
    ['mar 10:00 a 14:00; jue 13-17', [{ weekday: 2, open: '10:00', close: '14:00' }, { weekday: 4, open: '13:00', close: '17:00' }]],
    ['Fri 8:30 p.m. – 12 a.m.', null],
    ['Fri 20:30–24:00', [{ weekday: 5, open: '20:30', close: '24:00' }]],
  ])('%j', (text, expected) => {
    expect(weeklyHoursFromText(text)).toEqual(expected);
  });

  it('gives up on anything else rather than guess', () => {
    for (const text of ['', 'By appointment', 'Tue 10:00–14:00\nsee the desk', 'Tue 10:00–09:00', 'Tue 9-12, 11-13', 'Tue 9-10, 11-12, 13-14']) expect(weeklyHoursFromText(text), text).toBeNull();
  });
});
