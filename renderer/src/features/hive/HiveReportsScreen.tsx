import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiveSummary } from '../../../../shared/contract/hive';
import { addDays, localDateOf } from '../../../../shared/domain/hive-time';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { CsvDownload } from '../../components/CsvDownload';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { kiosk } from '../../kiosk-client';

import { StaffBack } from './staff-parts';
import './hive.css';
import { textIn, type LocalisedText } from '../../../../shared/localised-text';
import { formatPercent } from '../../../../shared/domain/format';

type Download = { what: 'bookings' | 'registrations'; csv: string; filename: string; rows: number };

/** Summary for the partner and the CSV files, over a date range. */
export function HiveReportsScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const today = localDateOf(new Date(), shell.settings.timeZone);
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, 30));
  const [summary, setSummary] = useState<HiveSummary | null>(null);
  const [areas, setAreas] = useState<{ id: string; name: LocalisedText }[]>([]);
  const [downloads, setDownloads] = useState<Download[]>([]);
  const [error, setError] = useState<KioskError | null>(null);
  const percent = (share: number) => formatPercent(share, shell.language);

  useEffect(() => {
    void kiosk.call('hive.catalog', {}).then((r) => r.ok && setAreas(r.value.areas));
  }, []);
  useEffect(() => {
    void kiosk.call('hive.summary', { from, to }).then((r) => (r.ok ? setSummary(r.value) : setError(r.error)));
  }, [from, to]);

  const prepare = async (what: Download['what']) => {
    const r = await kiosk.call('hive.export', { what, from, to });
    if (!r.ok) return setError(r.error);
    // The CSV is built in the backend; CsvDownload hands it over as a local link.
    setDownloads((list) => [...list.filter((d) => d.what !== what), { what, csv: r.value.csv, filename: r.value.filename, rows: r.value.rows }]);
  };

  const areaName = (id: string) => textIn(areas.find((a) => a.id === id)?.name, shell.language) || id;

  return (
    <Screen title={t('hive.staff.reportsTitle')} actions={<StaffBack />}>
      <div className="hive-toolbar">
        <div className="field">
          <label htmlFor="hive-r-from">{t('hive.staff.from')}</label>
          <input id="hive-r-from" type="date" value={from} onChange={(e) => e.target.value && (setFrom(e.target.value), setDownloads([]))} />
        </div>
        <div className="field">
          <label htmlFor="hive-r-to">{t('hive.staff.to')}</label>
          <input id="hive-r-to" type="date" value={to} onChange={(e) => e.target.value && (setTo(e.target.value), setDownloads([]))} />
        </div>
      </div>
      <ErrorText error={error} />
      {summary ? (
        <>
          <ul className="hive-stats">
            <li>
              <strong>{summary.booked}</strong>
              {t('hive.staff.statBooked')}
            </li>
            <li>
              <strong>{summary.attended}</strong>
              {t('hive.staff.statAttended')}
            </li>
            <li>
              <strong>{summary.noShow}</strong>
              {t('hive.staff.statNoShow')}
            </li>
            <li>
              <strong>{percent(summary.noShowRate)}</strong>
              {t('hive.staff.statNoShowRate')}
            </li>
          </ul>
          <section className="hive-section" aria-labelledby="hive-by-area">
            <h2 id="hive-by-area">{t('hive.staff.byArea')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('hive.staff.area')}</th>
                  <th scope="col">{t('hive.staff.statBooked')}</th>
                  <th scope="col">{t('hive.staff.statAttended')}</th>
                  <th scope="col">{t('hive.staff.statNoShow')}</th>
                  <th scope="col">{t('hive.staff.statRegistered')}</th>
                  <th scope="col">{t('hive.staff.statWaitlisted')}</th>
                  <th scope="col">{t('hive.staff.capacity')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.byArea.map((a) => (
                  <tr key={a.area}>
                    <th scope="row">{areaName(a.area)}</th>
                    <td>{a.booked}</td>
                    <td>{a.attended}</td>
                    <td>{a.noShow}</td>
                    <td>{a.registered}</td>
                    <td>{a.waitlisted}</td>
                    <td>{a.capacity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="hive-section" aria-labelledby="hive-fill">
            <h2 id="hive-fill">{t('hive.staff.workshopFill')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('hive.review.workshop')}</th>
                  <th scope="col">{t('hive.staff.statRegistered')}</th>
                  <th scope="col">{t('hive.staff.capacity')}</th>
                  <th scope="col">{t('hive.staff.statFill')}</th>
                  <th scope="col">{t('hive.staff.statWaitlisted')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.workshops.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">{textIn(w.title, shell.language)}</th>
                    <td>{w.registered}</td>
                    <td>{w.capacity}</td>
                    <td>{percent(w.fill)}</td>
                    <td>{w.waitlisted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
      <section className="hive-section" aria-labelledby="hive-export">
        <h2 id="hive-export">{t('hive.staff.export')}</h2>
        <div className="row">
          {(['bookings', 'registrations'] as const).map((what) => {
            const ready = downloads.find((d) => d.what === what);
            return ready ? (
              <CsvDownload
                key={what}
                className="button primary"
                csv={ready.csv}
                fileName={ready.filename}
                label={t(`hive.staff.download.${what}`, { count: ready.rows })}
                excelBom
              />
            ) : (
              <button key={what} type="button" className="button" onClick={() => void prepare(what)}>
                {t(`hive.staff.prepare.${what}`)}
              </button>
            );
          })}
        </div>
      </section>
    </Screen>
  );
}
