import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '../../../shared/contract/branch';
import type { KioskError } from '../../../shared/result';
import { ErrorText } from '../components/ErrorText';
import { Screen } from '../components/Screen';
import { TextField } from '../components/TextField';
import { branchFingerprint, pairDevice, type DeviceRefusal } from '../kiosk-client';
import './branch.css';

/**
 * What a device the host does not know shows: first run ("Connect to a branch") or after an admin
 * removed it. The code comes from the host's Devices screen; the fingerprint is there to compare.
 */
export function ConnectScreen({ refusal, onPaired }: { refusal: DeviceRefusal; onPaired: () => void }) {
  const { t } = useTranslation();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskError | null>(null);
  const [paired, setPaired] = useState<{ name: string; role: DeviceRole } | null>(null);
  useEffect(() => {
    void branchFingerprint().then(setFingerprint);
  }, []);

  const submit = async () => {
    setBusy(true);
    const result = await pairDevice(code.replace(/\D/g, ''));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setPaired(result.value.device);
  };

  if (paired) {
    return (
      <Screen title={t('branch.connect.done', { name: paired.name })} className="branch-connect">
        <p role="status">{t('branch.connect.doneRole', { role: t(`branch.roles.${paired.role}`) })}</p>
        <button type="button" className="button primary" onClick={onPaired}>
          {t('branch.connect.start')}
        </button>
      </Screen>
    );
  }
  return (
    <Screen title={refusal === 'device-revoked' ? t('branch.revoked.title') : t('branch.connect.title')} className="branch-connect">
      <p>{refusal === 'device-revoked' ? t('branch.revoked.body') : t('branch.connect.body')}</p>
      <section aria-labelledby="fingerprint-heading" className="branch-fingerprint">
        <h2 id="fingerprint-heading">{t('branch.fingerprint.title')}</h2>
        {fingerprint ? (
          <p className="fingerprint" data-testid="fingerprint" dir="ltr">
            {fingerprint}
          </p>
        ) : (
          <p>{t('branch.fingerprint.none')}</p>
        )}
        <p>{t('branch.fingerprint.compare')}</p>
      </section>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <TextField label={t('branch.connect.code')} hint={t('branch.connect.codeHint')} kind="pin" value={code} onChange={setCode} maxLength={8} />
        <button type="submit" className="button primary" disabled={busy || code.replace(/\D/g, '').length !== 8}>
          {t('branch.connect.submit')}
        </button>
      </form>
      <ErrorText error={error} />
    </Screen>
  );
}
