import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Printer, PrinterSettings } from '../../../../shared/contract/printing';
import { PDF_FOLDER_PRINTER, sheetSizes, type PaperKind } from '../../../../shared/domain/print-jobs';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Form } from '../../components/Form';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { kiosk } from '../../kiosk-client';
import { usePrinterLabel } from './printer-label';
import './printing.css';

const NONE = '';

/** Admin: which queue prints receipts and which prints sheets, the sheet size, test pages. */
export function PrintersScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const printerLabel = usePrinterLabel();
  const [settings, setSettings] = useState<PrinterSettings | null>(null);
  // null until the first answer, so "no printers found" never flashes while looking.
  const [printers, setPrinters] = useState<Printer[] | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ids = { receipt: useId(), sheet: useId(), size: useId() };

  const loadPrinters = async () => {
    const result = await kiosk.call('print.listPrinters', {});
    if (result.ok) setPrinters(result.value);
    else setError(result.error);
  };
  useEffect(() => {
    void kiosk.call('print.getSettings', {}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
    void loadPrinters();
  }, []);

  if (!settings) {
    return (
      <Screen title={t('print.printers.title')}>
        <ErrorText error={error} />
      </Screen>
    );
  }

  const set = (patch: Partial<PrinterSettings>) => {
    setMessage(null);
    setSettings({ ...settings, ...patch });
  };
  const save = async (): Promise<boolean> => {
    const result = await kiosk.call('print.updateSettings', settings);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setSettings(result.value);
    setMessage(t('print.printers.saved'));
    return true;
  };
  const testPage = async (paper: PaperKind) => {
    // Test what is on screen: save first, so the page goes to the printer just chosen.
    if (!(await save())) return;
    const result = await kiosk.call('print.testPage', { paper, language: shell.language });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setMessage(t('print.printers.testSent', { status: t(`print.queue.statuses.${result.value.status}`) }));
  };

  const options = (current: string | null) => {
    const found = printers ?? [];
    const names = found.map((p) => p.name);
    // A printer that is assigned but not found now still shows, so saving does not silently drop it.
    const missing = current && !names.includes(current) ? [{ name: current, kind: 'system' as const, state: 'unknown' as const }] : [];
    return [...found, ...missing].map((p) => (
      <option key={p.name} value={p.name}>
        {p.name === PDF_FOLDER_PRINTER ? t('print.printers.pdfFolder') : `${printerLabel(p.name)} (${t(`print.printers.state${p.state === 'ready' ? 'Ready' : p.state === 'stopped' ? 'Stopped' : 'Unknown'}`)})`}
      </option>
    ));
  };

  return (
    <Screen
      title={t('print.printers.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <Form onSubmit={save}>
        {printers && printers.filter((p) => p.kind === 'system').length === 0 ? <p className="hint">{t('print.printers.noneFound')}</p> : null}
        <div className="field">
          <label htmlFor={ids.receipt}>{t('print.printers.receiptPrinter')}</label>
          <select id={ids.receipt} value={settings.receiptPrinter ?? NONE} onChange={(e) => set({ receiptPrinter: e.target.value || null })}>
            <option value={NONE}>{t('print.printers.none')}</option>
            {options(settings.receiptPrinter)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sheet}>{t('print.printers.sheetPrinter')}</label>
          <select id={ids.sheet} value={settings.sheetPrinter ?? NONE} onChange={(e) => set({ sheetPrinter: e.target.value || null })}>
            <option value={NONE}>{t('print.printers.none')}</option>
            {options(settings.sheetPrinter)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.size}>{t('print.printers.sheetSize')}</label>
          <select id={ids.size} value={settings.sheetSize} onChange={(e) => set({ sheetSize: e.target.value === 'a4' ? 'a4' : 'letter' })}>
            {sheetSizes.map((size) => (
              <option key={size} value={size}>
                {t(`print.paper.${size}`)}
              </option>
            ))}
          </select>
        </div>
        <ErrorText error={error} />
        {message ? (
          <p className="print-message" role="status">
            {message}
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="button primary">
            {t('print.printers.save')}
          </button>
          <button type="button" className="button secondary" onClick={() => void loadPrinters()}>
            {t('print.printers.refresh')}
          </button>
        </div>
        <div className="print-tests">
          <button type="button" className="button" onClick={() => void testPage('receipt')}>
            {t('print.printers.testReceipt')}
          </button>
          <button type="button" className="button" onClick={() => void testPage('sheet')}>
            {t('print.printers.testSheet')}
          </button>
        </div>
      </Form>
    </Screen>
  );
}
