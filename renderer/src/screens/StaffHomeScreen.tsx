import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../shared/contract/platform';
import { programOfRole, type StaffRole } from '../../../shared/roles';
import { areaRule, isArea, type DeviceRole } from '../../../shared/contract/branch';
import { deviceMayCall } from '../../../shared/contract/operations';
import { useShell } from '../app/shell-context';
import { Screen } from '../components/Screen';
import { features } from '../features';
import { useTopics } from '../app/use-topics';
import { kiosk } from '../kiosk-client';

const platformTiles: { route: string; labelKey: string; roles: readonly StaffRole[]; hostOnly?: true }[] = [
  { route: 'staff.settings', labelKey: 'settings.title', roles: ['admin'] },
  { route: 'staff.admin', labelKey: 'staffAdmin.title', roles: ['admin'] },
  { route: 'staff.audit', labelKey: 'audit.title', roles: ['admin'] },
  // Pairing and revoking happen on the host's own screen only.
  { route: 'staff.devices', labelKey: 'devices.title', roles: ['admin'], hostOnly: true },
];

/** A paired device shows the tiles of the areas its role may work in (the contract's `areaRules`); the host shows all. */
const deviceShows = (device: DeviceRole | null, route: string, hostOnly = false): boolean => {
  if (device === null) return true;
  if (hostOnly) return false;
  const area = route.slice(0, route.indexOf('.'));
  return isArea(area) && areaRule(area).staff.includes(device);
};

export function StaffHomeScreen() {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const role = shell.session?.role;
  const device = shell.device?.role ?? null;
  // Partners see their program's figures only: the branch's alerts are not theirs.
  const partner = role ? programOfRole(role) !== null : false;
  const seesAlerts = !partner && (device === null || deviceMayCall(device, 'system.alerts'));
  const assists = device === null || areaRule('grocery').patron.includes(device);
  const load = async () => {
    if (!seesAlerts) return;
    const result = await kiosk.call('system.alerts', {});
    if (result.ok) setAlerts(result.value);
  };
  useTopics(['alerts', 'print'], load, 5000);
  // Platform alerts live at alerts.<code>; area alerts `print.jobs-waiting` at print.alerts.jobs-waiting.
  const alertText = (alert: Alert): string => {
    const dot = alert.code.indexOf('.');
    const key = dot > 0 ? `${alert.code.slice(0, dot)}.alerts.${alert.code.slice(dot + 1)}` : `alerts.${alert.code}`;
    return i18n.exists(key) || i18n.exists(`${key}_other`) ? t(key, alert.params) : alert.code;
  };
  const tiles = [...features.flatMap((f) => f.staffTiles ?? []), ...platformTiles].filter((tile) => role && tile.roles.includes(role) && deviceShows(device, tile.route, 'hostOnly' in tile && tile.hostOnly === true));
  return (
    <Screen title={t('staff.home')}>
      {seesAlerts ? (
      <section aria-labelledby="alerts-heading" className="alerts">
        <h2 id="alerts-heading">{t('staff.alerts')}</h2>
        {alerts.length === 0 ? <p>{t('staff.noAlerts')}</p> : null}
        <ul>
          {alerts.map((alert) => (
            <li key={alert.id} className={`alert alert-${alert.level}`} data-testid="staff-alert">
              <span id={`alert-${alert.id}`}>{alertText(alert)}</span>
              <button
                type="button"
                className="button small"
                aria-describedby={`alert-${alert.id}`}
                onClick={() => void kiosk.call('system.dismissAlert', { id: alert.id }).then(load)}
              >
                {t('staff.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      ) : null}
      <ul className="tiles staff-tiles">
        {assists && (role === 'librarian' || role === 'admin') ? (
          <li>
            <button type="button" className="tile" onClick={shell.startAssist}>
              <span className="tile-title">{t('staff.assist')}</span>
            </button>
          </li>
        ) : null}
        {tiles.map((tile) => (
          <li key={tile.route}>
            <button type="button" className="tile" onClick={() => shell.navigate(tile.route)}>
              <span className="tile-title">{t(tile.labelKey)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
