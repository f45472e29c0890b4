import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob, PrinterSettings } from '../../../../shared/contract/printing';
import { needsAttention, PDF_FOLDER_PRINTER } from '../../../../shared/domain/print-jobs';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { MoreRows, usePaged } from '../../components/Paged';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { useTopics } from '../../app/use-topics';
import { kiosk } from '../../kiosk-client';
import { useDocumentName, usePrinterLabel } from './printer-label';
import { PrintPreview } from './PrintPreview';
import './printing.css';
import { formatDateTime } from '../../../../shared/domain/format';

const REFRESH_MS = 3000;

/** Where a job could go instead: the other assigned printer, or the PDF folder. */
function redirectTargets(job: PrintJob, settings: PrinterSettings | null): string[] {
  const all = [settings?.receiptPrinter ?? null, settings?.sheetPrinter ?? null, PDF_FOLDER_PRINTER];
  return [...new Set(all.filter((p): p is string => p !== null && p !== job.printer))];
}

const statusKey = (job: PrintJob): string => (job.status === 'queued' && needsAttention(job) ? 'waiting' : job.status);

/** Staff: every print job, failed and waiting first, with reprint, redirect, cancel and preview. */
export function PrintQueueScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const printerLabel = usePrinterLabel();
  const list = usePaged((page) => kiosk.call('print.jobs', page), []);
  const jobs = list.total === null ? null : list.items;
  const [settings, setSettings] = useState<PrinterSettings | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [preview, setPreview] = useState<PrintJob | null>(null);
  const [moving, setMoving] = useState<PrintJob | null>(null);
  const documentName = useDocumentName();
  const [busy, setBusy] = useState(false);

  // Keeps the pages already shown while it refreshes.
  const load = list.reload;
  useEffect(() => {
    void kiosk.call('print.getSettings', {}).then((r) => (r.ok ? setSettings(r.value) : undefined));
  }, []);
  useTopics(['print'], load, REFRESH_MS, { now: false });

  const act = async (run: () => Promise<{ ok: true } | { ok: false; error: KioskError }>) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    setError(result.ok ? null : result.error);
    await load();
  };


  return (
    <Screen
      title={t('print.queue.title')}
      actions={
        <>
          <button type="button" className="button secondary" onClick={() => void load()}>
            {t('print.queue.refresh')}
          </button>
          <StaffHomeButton />
        </>
      }
    >
      <ErrorText error={error ?? list.error} />
      {jobs && jobs.length === 0 ? <p>{t('print.queue.empty')}</p> : null}
      {jobs && jobs.length > 0 ? (
        <table className="table print-jobs">
          <thead>
            <tr>
              <th scope="col">{t('print.queue.document')}</th>
              <th scope="col">{t('print.queue.printer')}</th>
              <th scope="col">{t('print.queue.status')}</th>
              <th scope="col">{t('print.queue.attempts')}</th>
              <th scope="col">{t('print.queue.created')}</th>
              <th scope="col">{t('print.queue.problem')}</th>
              <th scope="col">{t('print.queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const status = statusKey(job);
              const pending = job.status !== 'done' && job.status !== 'cancelled';
              return (
                <tr key={job.id} data-testid="print-job" data-job-id={job.id} data-status={job.status}>
                  <td>
                    <strong>{documentName(job.kind)}</strong>
                    <span className="print-job-title">{job.title}</span>
                  </td>
                  <td>{printerLabel(job.printer)}</td>
                  <td className={`print-status-${status}`}>{t(`print.queue.statuses.${status}`)}</td>
                  <td>{job.attempts}</td>
                  <td>{formatDateTime(job.createdAt, shell.language, shell.settings.timeZone)}</td>
                  <td>{job.problem ? t(`print.problems.${job.problem}`) : ''}</td>
                  <td>
                    <div className="print-actions">
                      <button type="button" className="button small" onClick={() => setPreview(job)}>
                        {t('print.queue.preview')}
                        <span className="visually-hidden">: {job.title}</span>
                      </button>
                      <button type="button" className="button small" disabled={busy} onClick={() => void act(() => kiosk.call('print.reprint', { jobId: job.id }))}>
                        {pending ? t('print.queue.retry') : t('print.queue.reprint')}
                        <span className="visually-hidden">: {job.title}</span>
                      </button>
                      {redirectTargets(job, settings).length > 0 ? (
                        <button type="button" className="button small" disabled={busy} onClick={() => setMoving(job)}>
                          {t('print.queue.sendElsewhere')}
                          <span className="visually-hidden">: {job.title}</span>
                        </button>
                      ) : null}
                      {pending ? (
                        <button type="button" className="button small danger" disabled={busy} onClick={() => void act(() => kiosk.call('print.cancel', { jobId: job.id }))}>
                          {t('print.queue.cancel')}
                          <span className="visually-hidden">: {job.title}</span>
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <MoreRows shown={list.items.length} total={list.total} hasMore={list.hasMore} onMore={() => void list.more()} />
      {moving ? (
        <Dialog title={t('print.queue.sendTitle', { title: moving.title })} onClose={() => setMoving(null)}>
          <div className="row">
            {redirectTargets(moving, settings).map((printer) => (
              <button
                key={printer}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  setMoving(null);
                  void act(() => kiosk.call('print.redirect', { jobId: moving.id, printer }));
                }}
              >
                {t('print.queue.redirect', { printer: printerLabel(printer) })}
              </button>
            ))}
            <button type="button" className="button secondary" onClick={() => setMoving(null)}>
              {t('print.queue.keep')}
            </button>
          </div>
        </Dialog>
      ) : null}
      {preview ? (
        <Dialog title={t('print.preview.title')} onClose={() => setPreview(null)}>
          <PrintPreview request={{ kind: preview.kind, ref: preview.ref, language: preview.language, englishCopy: preview.englishCopy }} />
          <div className="row">
            <button type="button" className="button primary" onClick={() => setPreview(null)}>
              {t('print.preview.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </Screen>
  );
}
