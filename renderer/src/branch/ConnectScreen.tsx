import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '../../../shared/contract/branch';
import type { KioskError } from '../../../shared/result';
import { ErrorText } from '../components/ErrorText';
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

  const ready = code.replace(/\D/g, '').length === 8;
  const title = paired ? t('branch.connect.done', { name: paired.name }) : refusal === 'device-revoked' ? t('branch.revoked.title') : t('branch.connect.title');
  return (
    <ConnectLayout
      title={title}
      intro={<p>{paired ? t('branch.connect.doneRole', { role: t(`branch.roles.${paired.role}`) }) : refusal === 'device-revoked' ? t('branch.revoked.body') : t('branch.connect.body')}</p>}
      main={
        paired ? (
          <button type="button" className="button primary main-action" data-action="main" onClick={onPaired}>
            {t('branch.connect.start')}
            <span aria-hidden="true" className="action-arrow">
              ›
            </span>
          </button>
        ) : (
          <button type="submit" form="branch-connect-form" className="button primary main-action" data-action="main" disabled={busy || !ready} aria-busy={busy || undefined}>
            {t('branch.connect.submit')}
            <span aria-hidden="true" className="action-arrow">
              ›
            </span>
          </button>
        )
      }
    >
      {paired ? null : (
        <>
          <section aria-labelledby="fingerprint-heading" className="notice branch-fingerprint">
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
            id="branch-connect-form"
            className="form branch-code"
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy && ready) void submit();
            }}
          >
            <TextField label={t('branch.connect.code')} hint={t('branch.connect.codeHint')} kind="tel" value={code} onChange={setCode} maxLength={8} openKeyboard />
          </form>
          <ErrorText error={error} />
        </>
      )}
    </ConnectLayout>
  );
}

/**
 * The patron steps' look (title on top, content that scrolls, the main action large in the bar at the bottom),
 * without the flow and shell a step needs: this screen comes before the device knows its branch.
 */
function ConnectLayout(props: { title: string; intro: ReactNode; main: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [props.title]);
  return (
    <main className="step branch-connect">
      <div className="step-body">
        <div className="step-head">
          <h1 ref={heading} tabIndex={-1}>
            {props.title}
          </h1>
          {props.intro}
        </div>
        <div className="step-content">{props.children}</div>
      </div>
      <div className="action-bar" role="group" aria-label={t('flow.actions')}>
        <div className="action-start" />
        <div className="action-end">{props.main}</div>
      </div>
    </main>
  );
}
