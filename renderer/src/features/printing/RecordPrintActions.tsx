import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../shared/contract/operations';
import type { KioskError } from '../../../../shared/result';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { kiosk } from '../../kiosk-client';
import { PrintPreview } from './PrintPreview';
import './printing.css';

/**
 * For any staff screen that shows a printable record: "Preview" and "Print again" for its document.
 * `label` names the record for screen readers when a list has many ("order 1001").
 */
export function RecordPrintActions({ request, label }: { request: OperationInput<'print.request'>; label?: string }) {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const suffix = label ? <span className="visually-hidden">: {label}</span> : null;
  const print = async () => {
    setStatus(null);
    const result = await kiosk.call('print.request', request);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setStatus(t(`print.queue.statuses.${result.value.status}`));
  };
  return (
    <div className="print-actions">
      <button type="button" className="button small" onClick={() => setPreviewing(true)}>
        {t('print.queue.preview')}
        {suffix}
      </button>
      <button type="button" className="button small" onClick={() => void print()}>
        {t('print.queue.reprint')}
        {suffix}
      </button>
      {status ? <span role="status">{status}</span> : null}
      <ErrorText error={error} />
      {previewing ? (
        <Dialog title={t('print.preview.title')} onClose={() => setPreviewing(false)}>
          <PrintPreview request={request} />
          <div className="row">
            <button type="button" className="button primary" onClick={() => setPreviewing(false)}>
              {t('print.preview.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
