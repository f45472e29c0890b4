import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offersVisitSlip } from '../../../shared/domain/visit-slip';
import type { KioskError } from '../../../shared/result';
import { useRequestKey } from '../app/request-key';
import { useShell } from '../app/shell-context';
import { ErrorText } from '../components/ErrorText';
import { kiosk } from '../kiosk-client';

/**
 * "Print a slip of today's visit", once the visit made two records or more (one alone has its own slip). It sends
 * the references the services' writes got back, never text: the backend prints from its own records.
 */
export function VisitSlipOffer() {
  const { t } = useTranslation();
  const shell = useShell();
  const withKey = useRequestKey();
  const [state, setState] = useState<'ready' | 'busy' | 'printed' | 'desk'>('ready');
  const [error, setError] = useState<KioskError | null>(null);
  if (!offersVisitSlip(shell.visitSlips)) return null;
  const print = async () => {
    setState('busy');
    setError(null);
    const result = await kiosk.call('visit.printSlip', withKey({ refs: [...shell.visitSlips], language: shell.language }));
    if (result.ok) setState(result.value.slip);
    else {
      setError(result.error);
      setState('ready');
    }
  };
  const done = state === 'printed' || state === 'desk';
  return (
    <section className="visit-slip" data-testid="visit-slip">
      <button type="button" className="button secondary" onClick={() => void print()} disabled={state !== 'ready'} aria-busy={state === 'busy' || undefined}>
        {state === 'busy' ? t('visit.slip.printing') : t('visit.slip.offer')}
      </button>
      <p className="hint">{t('visit.slip.hint')}</p>
      <p role="status" data-testid="visit-slip-status">
        {done ? <strong>{state === 'printed' ? t('visit.slip.printed') : t('visit.slip.desk')}</strong> : null}
      </p>
      <ErrorText error={error} />
    </section>
  );
}
