import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../shared/contract/platform';
import { programOfRole, type StaffRole } from '../../../shared/roles';
import { useShell } from '../app/shell-context';
import { Screen } from '../components/Screen';
import { features } from '../features';
import { kiosk } from '../kiosk-client';

const platformTiles: { route: string; labelKey: string; roles: readonly StaffRole[] }[] = [
  { route: 'staff.settings', labelKey: 'settings.title', roles: ['admin'] },
  { route: 'staff.admin', labelKey: 'staffAdmin.title', roles: ['admin'] },
  { route: 'staff.audit', labelKey: 'audit.title', roles: ['admin'] },
];

export function StaffHomeScreen() {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const role = shell.session?.role;
  const load = async () => {
    const result = await kiosk.call('system.alerts', {});
    if (result.ok) setAlerts(result.value);
  };
  // Partners see their program's figures only: the branch's alerts are not theirs.
  const partner = role ? programOfRole(role) !== null : false;
  useEffect(() => {
    if (partner) return;
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [partner]);
  // Platform alerts live at alerts.<code>; area alerts `print.jobs-waiting` at print.alerts.jobs-waiting.
  const alertText = (alert: Alert): string => {
    const dot = alert.code.indexOf('.');
    const key = dot > 0 ? `${alert.code.slice(0, dot)}.alerts.${alert.code.slice(dot + 1)}` : `alerts.${alert.code}`;
    return i18n.exists(key) || i18n.exists(`${key}_other`) ? t(key, alert.params) : alert.code;
  };
  const tiles = [...features.flatMap((f) => f.staffTiles ?? []), ...platformTiles].filter((tile) => role && tile.roles.includes(role));
  return (
    <Screen title={t('staff.home')}>
      {partner ? null : (
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
      )}
      <ul className="tiles staff-tiles">
        {role === 'librarian' || role === 'admin' ? (
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
