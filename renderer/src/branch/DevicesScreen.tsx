import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceRoles, type DeviceRole } from '../../../shared/contract/branch';
import type { BranchAddress, DeviceView, PendingPairing } from '../../../shared/contract/devices';
import { formatDayTime, formatTime } from '../../../shared/domain/format';
import type { KioskError } from '../../../shared/result';
import { useShell } from '../app/shell-context';
import { useTopics } from '../app/use-topics';
import { ErrorText, useFieldError } from '../components/ErrorText';
import { Screen } from '../components/Screen';
import { StaffHomeButton } from '../components/StaffHomeButton';
import { TextField } from '../components/TextField';
import { kiosk } from '../kiosk-client';
import './branch.css';

/**
 * The branch's devices, on the host's own screen (admins): add one (a name, a role, then a one-time
 * code and the certificate fingerprint to give the device), see when each was last seen, revoke.
 */
export function DevicesScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [devices, setDevices] = useState<DeviceView[]>([]);
  const [branch, setBranch] = useState<BranchAddress>({ urls: [], fingerprint: null });
  const [pairing, setPairing] = useState<PendingPairing | null>(null);
  const [pendingLeft, setPendingLeft] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<DeviceRole>('desk');
  const [confirmRevoke, setConfirmRevoke] = useState<DeviceView | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [status, setStatus] = useState('');
  const fieldError = useFieldError(error);

  const load = async () => {
    const result = await kiosk.call('devices.list', {});
    if (!result.ok) return setError(result.error);
    setDevices(result.value.devices);
    setBranch(result.value.branch);
    setPendingLeft(result.value.pending?.triesLeft ?? null);
    // The code is shown once, here; when the device used it (or it ran out) it goes.
    if (!result.value.pending) setPairing(null);
  };
  useTopics(['devices'], load, 10_000);

  const when = (iso: string | null) => (iso ? formatDayTime(iso, shell.language, shell.settings.timeZone) : t('devices.never'));
  const start = async () => {
    const result = await kiosk.call('devices.startPairing', { name, role });
    if (!result.ok) return setError(result.error);
    setError(null);
    setPairing(result.value.pairing);
    setBranch(result.value.branch);
    setPendingLeft(result.value.pairing.triesLeft);
    setName('');
  };
  const revoke = async (device: DeviceView) => {
    const result = await kiosk.call('devices.revoke', { id: device.id });
    setConfirmRevoke(null);
    if (!result.ok) return setError(result.error);
    setStatus(t('devices.revoked', { name: device.name }));
    await load();
  };

  return (
    <Screen title={t('devices.title')} actions={<StaffHomeButton />}>
      {branch.urls.length === 0 ? <p>{t('devices.notListening')}</p> : null}
      {pairing ? (
        <section aria-labelledby="pairing-heading" className="card" data-testid="pairing">
          <h2 id="pairing-heading">{t('devices.pairing.title', { name: pairing.name, role: t(`branch.roles.${pairing.role}`) })}</h2>
          <p>{t('devices.pairing.open', { url: branch.urls[0] ?? '' })}</p>
          <p>{t('devices.pairing.code')}</p>
          <p className="pairing-code" data-testid="pairing-code" dir="ltr">
            {pairing.code}
          </p>
          <p>{t('devices.pairing.expires', { time: formatTime(pairing.expiresAt, shell.language, shell.settings.timeZone) })}</p>
          {pendingLeft === 0 ? <p role="alert">{t('devices.pairing.locked')}</p> : null}
          <div className="branch-fingerprint">
            <p>{t('devices.pairing.fingerprint')}</p>
            <p className="fingerprint" dir="ltr" data-testid="host-fingerprint">
              {branch.fingerprint ?? t('branch.fingerprint.none')}
            </p>
          </div>
          <button
            type="button"
            className="button secondary"
            onClick={() => void kiosk.call('devices.cancelPairing', {}).then(() => setPairing(null))}
          >
            {t('devices.pairing.cancel')}
          </button>
        </section>
      ) : null}
      <h2>{t('devices.list')}</h2>
      {devices.length === 0 ? <p>{t('devices.none')}</p> : null}
      {devices.length > 0 ? (
        <table className="table devices-table">
          <thead>
            <tr>
              <th scope="col">{t('devices.name')}</th>
              <th scope="col">{t('devices.role')}</th>
              <th scope="col">{t('devices.lastSeen')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('devices.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} className={d.revokedAt ? 'device-revoked' : undefined}>
                <td>{d.name}</td>
                <td>{t(`branch.roles.${d.role}`)}</td>
                <td>{when(d.lastSeenAt)}</td>
                <td>
                  {d.revokedAt ? (
                    t('devices.revokedAt', { time: when(d.revokedAt) })
                  ) : (
                    <button type="button" className="button small" onClick={() => setConfirmRevoke(d)}>
                      {t('devices.revoke')}
                      <span className="visually-hidden">: {d.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {confirmRevoke ? (
        <div role="alertdialog" aria-labelledby="revoke-heading" className="card">
          <h2 id="revoke-heading">{t('devices.confirmRevoke', { name: confirmRevoke.name })}</h2>
          <button type="button" className="button primary" onClick={() => void revoke(confirmRevoke)}>
            {t('devices.revoke')}
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setConfirmRevoke(null)}>
            {t('devices.keep')}
          </button>
        </div>
      ) : null}
      <h2>{t('devices.add')}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <TextField label={t('devices.name')} hint={t('devices.nameHint')} value={name} onChange={setName} maxLength={60} error={fieldError('name')} />
        <fieldset>
          <legend>{t('devices.role')}</legend>
          {deviceRoles.map((r) => (
            <label key={r} className="check">
              <input type="radio" name="device-role" checked={role === r} onChange={() => setRole(r)} />
              {t(`branch.roles.${r}`)} — {t(`branch.roleHelp.${r}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button primary">
          {t('devices.start')}
        </button>
      </form>
      <ErrorText error={error} />
      {status ? <p role="status">{status}</p> : null}
    </Screen>
  );
}
