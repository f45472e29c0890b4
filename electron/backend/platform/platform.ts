import type { Store } from '../store/store';
import { openAuditLog, type AuditLog } from './audit';
import { openAlertCenter, type AlertCenter } from './alerts';
import { openDailyCounts, type DailyCountsService } from './daily-counts';
import { openSettings, type SettingsService } from './settings';
import { openStaff, type StaffService } from './staff';
import { createVisitSlips, type VisitSlips } from './visit-slips';

/** The services every feature area builds on. */
export type Platform = {
  store: Store;
  settings: SettingsService;
  staff: StaffService;
  audit: AuditLog;
  alerts: AlertCenter;
  /** Every area's anonymous daily counts, kept after the personal records are purged. */
  counts: DailyCountsService;
  /** References to the records a patron's visit made, for the visit slip (issued with each patron write). */
  visitSlips: VisitSlips;
};

export async function openPlatform(store: Store): Promise<Platform> {
  const alerts = await openAlertCenter(store);
  const staff = await openStaff(store, store.clock, {
    // Wrong PINs for one member reached the first wait: staff should hear that someone may be guessing.
    onGuessing: (member) => void alerts.raise('warning', 'pin-guessing', { name: member.name }),
    setupOpen: () => store.setupState() === 'pending',
    onSetupDone: () => store.markSetupDone(),
  });
  // PINs from before 6 digits were required: their holders are asked for a new one at sign-in.
  alerts.addProvider(() => {
    const short = staff.list().filter((m) => m.active && m.shortPin);
    return short.length === 0 ? [] : [{ id: `short-pins-${short.length}`, at: store.clock.now().toISOString(), level: 'warning', code: 'short-pins', params: { count: short.length, names: short.map((m) => m.name).join(', ') } }];
  });
  return {
    store,
    settings: await openSettings(store),
    staff,
    audit: await openAuditLog(store),
    alerts,
    counts: await openDailyCounts(store),
    visitSlips: createVisitSlips(),
  };
}
