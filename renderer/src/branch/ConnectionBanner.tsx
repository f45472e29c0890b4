import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentConnection, onConnection } from '../kiosk-client';
import '../components/status.css';

/**
 * While the host does not answer: "Reconnecting…" on every screen. Nothing on the screen is cleared,
 * and a patron's submit keeps trying with its idempotency key until the host answers.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const [state, setState] = useState(currentConnection);
  useEffect(() => onConnection(setState), []);
  return (
    // A live region that is always there (so the change is announced), but no `status` role: the
    // screen's own status messages stay the one status on screen.
    <p className={state === 'reconnecting' ? 'connection-banner' : 'visually-hidden'} aria-live="polite" aria-atomic="true" data-testid="connection-banner">
      {state === 'reconnecting' ? t('branch.reconnecting') : ''}
    </p>
  );
}
