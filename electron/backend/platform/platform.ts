import type { Store } from '../store/store';
import { openAuditLog, type AuditLog } from './audit';
import { createAlertCenter, type AlertCenter } from './alerts';
import { openSettings, type SettingsService } from './settings';
import { openStaff, type StaffService } from './staff';

/** The services every feature area builds on. */
export type Platform = {
  store: Store;
  settings: SettingsService;
  staff: StaffService;
  audit: AuditLog;
  alerts: AlertCenter;
};

export async function openPlatform(store: Store): Promise<Platform> {
  const alerts = createAlertCenter(store.clock, store.alerts);
  // A locked PIN pad means someone tried PINs at the kiosk: staff should hear of it.
  const onPinLockout = (until: Date): void => {
    alerts.raise('warning', 'pin-lockout', { until: until.toISOString() });
  };
  return {
    store,
    settings: await openSettings(store),
    staff: await openStaff(store, store.clock, onPinLockout),
    audit: await openAuditLog(store),
    alerts,
  };
}
