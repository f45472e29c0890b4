import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem, GrocerySettings, OrderWindow, WindowRule } from '../../../../shared/contract/grocery';
import { paymentMethods } from '../../../../shared/contract/names';
import { formatInstant, formatPickup } from '../../../../shared/domain/grocery-schedule';
import { photoFileOf } from '../../../../shared/domain/pictures';
import { Picture } from '../../flow/Picture';
import { shrinkPhoto } from './photo-shrink';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Form } from '../../components/Form';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { CsvOutput } from './GroceryDeskScreen';
import { useGroceryFieldError, useMoney } from './grocery-format';
import './grocery.css';
import { textIn } from '../../../../shared/localised-text';

const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;

/** Row problems of a refused import, one translated line each: "Row 4, price: not a price". */
function RowErrors({ error }: { error: KioskError | null }) {
  const { t } = useTranslation();
  if (!error || error.code !== 'grocery.csv-invalid' || !error.fields) return null;
  return (
    <ul className="grocery-row-errors" data-testid="csv-row-errors">
      {error.fields.map((f) => {
        const [row = '', column = ''] = f.path.split(':');
        const reason = t(`grocery.csvErrors.${f.code}`);
        return <li key={`${f.path}-${f.code}`}>{column ? t('grocery.catalog.rowError', { row, column, reason }) : t('grocery.catalog.rowErrorNoColumn', { row, reason })}</li>;
      })}
    </ul>
  );
}

export function GroceryCatalogScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const money = useMoney();
  const language = shell.language;
  const [items, setItems] = useState<CatalogItem[]>([]);
  const [exported, setExported] = useState<{ csv: string; fileName: string } | null>(null);
  const [csvText, setCsvText] = useState('');
  const [importError, setImportError] = useState<KioskError | null>(null);
  const [importNotice, setImportNotice] = useState('');
  const [settings, setSettings] = useState<GrocerySettings | null>(null);
  const [skippedText, setSkippedText] = useState('');
  const [timeZone, setTimeZone] = useState(shell.settings.timeZone);
  const [upcoming, setUpcoming] = useState<OrderWindow[]>([]);
  const [scheduleError, setScheduleError] = useState<KioskError | null>(null);
  const [scheduleNotice, setScheduleNotice] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const scheduleField = useGroceryFieldError(scheduleError);
  const skippedIssue = scheduleError?.fields?.find((f) => f.path.startsWith('skippedDates'));
  const skippedError = skippedIssue ? scheduleField(skippedIssue.path) : undefined;

  const loadItems = async () => {
    const result = await kiosk.call('grocery.catalogAll', {});
    if (result.ok) setItems(result.value);
    else setError(result.error);
  };
  const loadSettings = async () => {
    const result = await kiosk.call('grocery.settings', {});
    if (!result.ok) return setError(result.error);
    setSettings(result.value.settings);
    setSkippedText(result.value.settings.skippedDates.join('\n'));
    setTimeZone(result.value.timeZone);
    setUpcoming(result.value.upcoming);
  };
  useEffect(() => {
    void loadItems();
    void loadSettings();
  }, []);

  const [photoNotice, setPhotoNotice] = useState('');
  const setPhoto = async (item: CatalogItem, file: File | undefined) => {
    if (!file) return;
    setPhotoNotice('');
    let image: string;
    try {
      image = await shrinkPhoto(file);
    } catch {
      return setError({ code: 'grocery.photo-invalid', message: '' });
    }
    const result = await kiosk.call('grocery.setItemPhoto', { id: item.id, image });
    if (!result.ok) return setError(result.error);
    setError(null);
    setItems((list) => list.map((i) => (i.id === item.id ? result.value : i)));
    setPhotoNotice(t('grocery.catalog.photoSaved', { name: textIn(item.name, language) }));
  };
  const clearPhoto = async (item: CatalogItem) => {
    const result = await kiosk.call('grocery.clearItemPhoto', { id: item.id });
    if (!result.ok) return setError(result.error);
    setItems((list) => list.map((i) => (i.id === item.id ? result.value : i)));
  };

  const toggle = async (item: CatalogItem) => {
    const result = await kiosk.call('grocery.setItemActive', { id: item.id, active: !item.active });
    if (!result.ok) return setError(result.error);
    setItems((list) => list.map((i) => (i.id === item.id ? result.value : i)));
  };
  const exportCsv = async () => {
    const result = await kiosk.call('grocery.exportCatalog', {});
    if (result.ok) setExported(result.value);
    else setError(result.error);
  };
  const importCsv = async () => {
    setImportNotice('');
    const result = await kiosk.call('grocery.importCatalog', { csv: csvText });
    if (!result.ok) return setImportError(result.error);
    setImportError(null);
    setImportNotice(t('grocery.catalog.imported', result.value));
    await loadItems();
  };
  const readFile = async (file: File | undefined) => {
    if (file) setCsvText(await file.text());
  };
  const setRule = (index: number, patch: Partial<WindowRule>) =>
    setSettings((s) => (s ? { ...s, windows: s.windows.map((r, i) => (i === index ? { ...r, ...patch } : r)) } : s));
  const saveSchedule = async () => {
    if (!settings) return;
    setScheduleNotice('');
    const skippedDates = skippedText
      .split(/\s+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const result = await kiosk.call('grocery.updateSettings', { ...settings, skippedDates });
    if (!result.ok) return setScheduleError(result.error);
    setScheduleError(null);
    setScheduleNotice(t('grocery.catalog.scheduleSaved'));
    await loadSettings();
  };

  const daySelect = (id: string, label: string, value: number, onChange: (day: number) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {weekdays.map((d) => (
          <option key={d} value={d}>
            {t(`grocery.weekdays.${d}`)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Screen
      title={t('grocery.catalog.title')}
      actions={
        <button type="button" className="button secondary" onClick={() => shell.navigate('staff.home')}>
          {t('grocery.desk.back')}
        </button>
      }
    >
      <ErrorText error={error} />
      <section aria-labelledby="schedule-heading" className="grocery-panel">
        <h2 id="schedule-heading">{t('grocery.catalog.schedule')}</h2>
        <p className="hint">{t('grocery.catalog.scheduleHelp', { zone: timeZone })}</p>
        {settings ? (
          <Form onSubmit={saveSchedule}>
            {settings.windows.map((rule, index) => (
              <fieldset key={index} className="grocery-rule">
                <legend>
                  {t('grocery.desk.window')} {rule.id}
                </legend>
                <TextField label={t('grocery.catalog.windowName')} value={rule.id} maxLength={20} onChange={(id) => setRule(index, { id })} error={scheduleField(`windows.${index}.id`)} />
                {daySelect(`cutoff-day-${index}`, t('grocery.catalog.cutoffDay'), rule.cutoffDay, (cutoffDay) => setRule(index, { cutoffDay }))}
                <TextField label={t('grocery.catalog.cutoffTime')} value={rule.cutoffTime} maxLength={5} onChange={(cutoffTime) => setRule(index, { cutoffTime })} error={scheduleField(`windows.${index}.cutoffTime`)} />
                {daySelect(`delivery-day-${index}`, t('grocery.catalog.deliveryDay'), rule.deliveryDay, (deliveryDay) => setRule(index, { deliveryDay }))}
                <TextField label={t('grocery.catalog.deliveryStart')} value={rule.deliveryStart} maxLength={5} onChange={(deliveryStart) => setRule(index, { deliveryStart })} error={scheduleField(`windows.${index}.deliveryStart`)} />
                <TextField label={t('grocery.catalog.deliveryEnd')} value={rule.deliveryEnd} maxLength={5} onChange={(deliveryEnd) => setRule(index, { deliveryEnd })} error={scheduleField(`windows.${index}.deliveryEnd`)} />
                <button
                  type="button"
                  className="button danger"
                  disabled={settings.windows.length <= 1}
                  onClick={() => setSettings({ ...settings, windows: settings.windows.filter((_, i) => i !== index) })}
                >
                  {t('grocery.catalog.removeWindow', { name: rule.id })}
                </button>
              </fieldset>
            ))}
            <button
              type="button"
              className="button"
              onClick={() =>
                setSettings({
                  ...settings,
                  windows: [...settings.windows, { id: `w${settings.windows.length + 1}`, cutoffDay: 3, cutoffTime: '14:30', deliveryDay: 4, deliveryStart: '12:00', deliveryEnd: '13:00' }],
                })
              }
            >
              {t('grocery.catalog.addWindow')}
            </button>
            <TextField label={t('grocery.catalog.skipped')} multiline value={skippedText} onChange={setSkippedText} maxLength={2400} error={skippedError} />
            <fieldset>
              <legend>{t('grocery.catalog.payments')}</legend>
              {paymentMethods.map((method) => (
                <label key={method} className="check">
                  <input
                    type="checkbox"
                    checked={settings.payments.includes(method)}
                    onChange={(e) =>
                      setSettings({ ...settings, payments: e.target.checked ? [...settings.payments, method] : settings.payments.filter((p) => p !== method) })
                    }
                  />
                  {t(`grocery.payment.${method}`)}
                </label>
              ))}
            </fieldset>
            <ErrorText error={scheduleError} />
            {scheduleNotice ? <p role="status">{scheduleNotice}</p> : null}
            <button type="submit" className="button primary">
              {t('grocery.catalog.saveSchedule')}
            </button>
          </Form>
        ) : null}
        <h3>{t('grocery.catalog.upcoming')}</h3>
        <ul>
          {upcoming.map((w) => (
            <li key={w.key}>
              {formatPickup(w, language, timeZone)} — {t('grocery.desk.cutoff', { when: formatInstant(w.cutoffAt, language, timeZone) })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-heading" className="grocery-panel">
        <h2 id="import-heading">{t('grocery.catalog.import')}</h2>
        <p className="hint">{t('grocery.catalog.importHelp')}</p>
        <div className="field">
          <label htmlFor="grocery-import-file">{t('grocery.catalog.importFile')}</label>
          <input id="grocery-import-file" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e.target.files?.[0])} />
        </div>
        <TextField label={t('grocery.catalog.importText')} multiline value={csvText} onChange={setCsvText} maxLength={1_500_000} />
        <button type="button" className="button primary" disabled={csvText.trim() === ''} onClick={() => void importCsv()}>
          {t('grocery.catalog.importButton')}
        </button>
        <ErrorText error={importError} />
        <RowErrors error={importError} />
        {importNotice ? <p role="status">{importNotice}</p> : null}
        <div className="screen-actions">
          <button type="button" className="button" onClick={() => void exportCsv()}>
            {t('grocery.catalog.export')}
          </button>
        </div>
        {exported ? <CsvOutput csv={exported.csv} fileName={exported.fileName} label={t('grocery.catalog.export')} /> : null}
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">{t('grocery.catalog.items', { count: items.length })}</h2>
        {photoNotice ? <p role="status">{photoNotice}</p> : null}
        <table className="table" data-testid="catalog-items">
          <thead>
            <tr>
              <th scope="col">{t('grocery.catalog.picture')}</th>
              <th scope="col">{t('grocery.catalog.item')}</th>
              <th scope="col">{t('grocery.catalog.category')}</th>
              <th scope="col">{t('grocery.catalog.size')}</th>
              <th scope="col">{t('grocery.catalog.price')}</th>
              <th scope="col">{t('grocery.catalog.snap')}</th>
              <th scope="col">{t('grocery.catalog.limit')}</th>
              <th scope="col">{t('grocery.catalog.active')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="grocery-photo-cell">
                  <Picture picture={item.picture} size={48} />
                  <label className="button small grocery-photo-pick">
                    {photoFileOf(item.picture) ? t('grocery.catalog.photoChange') : t('grocery.catalog.photoAdd')}
                    <input
                      type="file"
                      accept="image/jpeg,image/png,image/webp"
                      className="visually-hidden"
                      aria-label={t('grocery.catalog.photoFor', { name: textIn(item.name, language) })}
                      onChange={(e) => void setPhoto(item, e.target.files?.[0])}
                    />
                  </label>
                  {photoFileOf(item.picture) ? (
                    <button type="button" className="button small" aria-label={t('grocery.catalog.photoRemoveFor', { name: textIn(item.name, language) })} onClick={() => void clearPhoto(item)}>
                      {t('grocery.catalog.photoRemove')}
                    </button>
                  ) : null}
                </td>
                <td>{textIn(item.name, language)}</td>
                <td>{t(`grocery.categories.${item.category}`)}</td>
                <td>{textIn(item.size, language)}</td>
                <td>{money(item.priceCents)}</td>
                <td>{item.snapEligible ? t('grocery.catalog.yes') : t('grocery.catalog.no')}</td>
                <td>{item.limit ?? ''}</td>
                <td>
                  <label className="check">
                    <input type="checkbox" checked={item.active} aria-label={t('grocery.catalog.activeFor', { name: textIn(item.name, language) })} onChange={() => void toggle(item)} />
                    <span aria-hidden="true">{item.active ? t('grocery.catalog.yes') : t('grocery.catalog.no')}</span>
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Screen>
  );
}
