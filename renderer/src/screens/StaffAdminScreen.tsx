import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../shared/contract/platform';
import { staffRoles, type StaffRole } from '../../../shared/roles';
import type { KioskError } from '../../../shared/result';
import { formatTime } from '../../../shared/domain/format';
import { useShell } from '../app/shell-context';
import { ErrorText, useFieldError } from '../components/ErrorText';
import { Screen } from '../components/Screen';
import { StaffHomeButton } from '../components/StaffHomeButton';
import { TextField } from '../components/TextField';
import { kiosk } from '../kiosk-client';

export function StaffAdminScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [members, setMembers] = useState<StaffMember[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('librarian');
  const [pin, setPin] = useState('');
  const [resetFor, setResetFor] = useState<string | null>(null);
  const [newPin, setNewPin] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [status, setStatus] = useState('');
  const fieldError = useFieldError(error);
  const load = async () => {
    const result = await kiosk.call('staff.list', {});
    if (result.ok) setMembers(result.value);
    else setError(result.error);
  };
  useEffect(() => {
    void load();
  }, []);
  const done = async (result: { ok: true } | { ok: false; error: KioskError }) => {
    if (!result.ok) {
      setError(result.error);
      setStatus('');
      return false;
    }
    setError(null);
    setStatus(t('staffAdmin.saved'));
    await load();
    return true;
  };
  return (
    <Screen
      title={t('staffAdmin.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('staffAdmin.name')}</th>
            <th scope="col">{t('staffAdmin.role')}</th>
            <th scope="col">{t('staffAdmin.active')}</th>
            <th scope="col">{t('staffAdmin.pinState')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('staffAdmin.resetPin')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{t(`staff.roles.${m.role}`)}</td>
              <td>
                <button type="button" className="button small" onClick={() => void kiosk.call('staff.update', { id: m.id, active: !m.active }).then(done)}>
                  {m.active ? t('staffAdmin.deactivate') : t('staffAdmin.activate')}
                </button>{' '}
                {m.active ? t('staffAdmin.active') : t('staffAdmin.inactive')}
              </td>
              <td>
                {m.shortPin ? <p>{t('staffAdmin.shortPin')}</p> : null}
                {m.pinWaitUntil ? (
                  <p>
                    {t('staffAdmin.pinWait', { time: formatTime(m.pinWaitUntil, shell.language, shell.settings.timeZone) })}{' '}
                    <button type="button" className="button small" onClick={() => void kiosk.call('staff.clearPinWait', { id: m.id }).then(done)}>
                      {t('staffAdmin.clearPinWait')}
                      <span className="visually-hidden">: {m.name}</span>
                    </button>
                  </p>
                ) : null}
                {!m.shortPin && !m.pinWaitUntil ? t('staffAdmin.pinOk') : null}
              </td>
              <td>
                <button type="button" className="button small" onClick={() => setResetFor(m.id)}>
                  {t('staffAdmin.resetPin')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {resetFor ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void kiosk.call('staff.resetPin', { id: resetFor, pin: newPin }).then(async (r) => {
              if (await done(r)) {
                setResetFor(null);
                setNewPin('');
              }
            });
          }}
        >
          <TextField label={t('staffAdmin.newPin')} kind="pin" value={newPin} onChange={setNewPin} maxLength={8} error={fieldError('pin')} />
          <button type="submit" className="button primary">
            {t('staffAdmin.resetPin')}
          </button>
        </form>
      ) : null}
      <h2>{t('staffAdmin.add')}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void kiosk.call('staff.create', { name, role, pin }).then(async (r) => {
            if (await done(r)) {
              setName('');
              setPin('');
            }
          });
        }}
      >
        <TextField label={t('staffAdmin.name')} value={name} onChange={setName} maxLength={60} error={fieldError('name')} />
        <fieldset>
          <legend>{t('staffAdmin.role')}</legend>
          {staffRoles.map((r) => (
            <label key={r} className="check">
              <input type="radio" name="role" checked={role === r} onChange={() => setRole(r)} />
              {t(`staff.roles.${r}`)}
            </label>
          ))}
        </fieldset>
        <TextField label={t('staffAdmin.pin')} kind="pin" value={pin} onChange={setPin} maxLength={8} error={fieldError('pin')} />
        <button type="submit" className="button primary">
          {t('staffAdmin.add')}
        </button>
      </form>
      <ErrorText error={error} />
      {status ? <p role="status">{status}</p> : null}
    </Screen>
  );
}
