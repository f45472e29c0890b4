import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { countAreas, type CountArea } from '../../../../shared/domain/impact-counts';
import { chartsOf, chartTextOf, metricKey, shownText, type ChartSpec } from '../../../../shared/domain/impact-charts';
import { formatLocalDate } from '../../../../shared/domain/format';
import { MASKED, periods, type Per } from '../../../../shared/domain/impact-metrics';
import { addDays, localDateOf } from '../../../../shared/domain/zoned-time';
import { programOfRole } from '../../../../shared/roles';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { kiosk } from '../../kiosk-client';
import { chartSvgText, cspSafeSvg } from './chart-svg';
import './impact.css';

type Figures = OperationOutput<'impact.figures'>;
type FileLink = { name: string; url: string };

/** A file the page already holds, as a download link (a blob: URL, revoked when replaced or unmounted). */
function useFileLink(): [FileLink | null, (name: string, blob: Blob) => void] {
  const [link, setLink] = useState<FileLink | null>(null);
  useEffect(() => () => (link ? URL.revokeObjectURL(link.url) : undefined), [link]);
  return [link, (name, blob) => setLink({ name, url: URL.createObjectURL(blob) })];
}

const CHART_WIDTH = 560;
const CHART_HEIGHT = 240;

function ChartFigure({ chart, figures, threshold }: { chart: ChartSpec; figures: Figures; threshold: number }) {
  const { t } = useTranslation();
  const shell = useShell();
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const svg = cspSafeSvg(chartSvgText(chart.option, CHART_WIDTH, CHART_HEIGHT), chart.option.aria.label.description);
    const box = holder.current;
    if (!box || !svg) return;
    box.replaceChildren(document.importNode(svg, true));
  }, [chart]);
  const overTime = chart.metrics.length <= 2;
  const tt = (key: string, params?: Record<string, string | number>) => t(key, params);
  const text = (m: ChartSpec['metrics'][number], v: Figures['metrics'][number]['current']) => shownText(m, v, shell.language, threshold, tt);
  return (
    <figure className="impact-chart" data-testid={`impact-chart-${chart.id}`}>
      <figcaption>{chart.title}</figcaption>
      <div ref={holder} className="impact-chart-svg" />
      <details>
        <summary>{t('impact.tableCaption', { title: chart.title })}</summary>
        <table className="impact-table">
          <thead>
            <tr>
              <th scope="col">{overTime ? t('impact.bucket') : t('impact.metric')}</th>
              {overTime
                ? chart.metrics.flatMap((m) => [
                    <th scope="col" key={`${m.id}-c`}>{`${t(metricKey(figures.section, m.id))} · ${t('impact.thisPeriod')}`}</th>,
                    <th scope="col" key={`${m.id}-p`}>{`${t(metricKey(figures.section, m.id))} · ${t('impact.previousPeriod')}`}</th>,
                  ])
                : [<th scope="col" key="c">{t('impact.thisPeriod')}</th>, <th scope="col" key="p">{t('impact.previousPeriod')}</th>]}
            </tr>
          </thead>
          <tbody>
            {overTime
              ? figures.buckets.map((b, i) => (
                  <tr key={b.start}>
                    <th scope="row">{formatLocalDate(b.start, shell.language, figures.per === 'week' ? 'shortDate' : 'shortMonth')}</th>
                    {chart.metrics.flatMap((m) => [<td key={`${m.id}-c`}>{text(m, m.series[i] ?? null)}</td>, <td key={`${m.id}-p`}>{text(m, m.previousSeries[i] ?? null)}</td>])}
                  </tr>
                ))
              : chart.metrics.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{t(metricKey(figures.section, m.id))}</th>
                    <td>{text(m, m.current)}</td>
                    <td>{text(m, m.previous)}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Anonymous figures for admins (every program) and partners (their own), with exports and the monthly report. */
export default function ImpactScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const role = shell.session?.role;
  const own = role ? programOfRole(role) : null;
  const sections: readonly CountArea[] = own ? [own] : countAreas;
  const today = localDateOf(new Date(), shell.settings.timeZone);
  const [section, setSection] = useState<CountArea>(sections[0] ?? 'grocery');
  const [per, setPer] = useState<Per>('week');
  const [from, setFrom] = useState(`${addDays(today, -62).slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [month, setMonth] = useState(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7));
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [exportLink, setExportLink] = useFileLink();
  const [pdfLink, setPdfLink] = useFileLink();
  const [smallCount, setSmallCount] = useState('');

  useEffect(() => {
    if (from > to) return;
    let live = true;
    void kiosk.call('impact.figures', { section, from, to, per }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setFigures(r.value);
        setError(null);
        setSmallCount(String(r.value.smallCount));
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [section, from, to, per]);

  const charts = useMemo(() => {
    if (!figures) return [];
    const tt = (key: string, params?: Record<string, string | number>) => t(key, params);
    return chartsOf(figures, chartTextOf(tt, shell.language, figures.section, figures.per));
  }, [figures, shell.language, t]);

  const exportAs = async (format: 'csv' | 'json') => {
    setStatus(t('impact.export.making'));
    const r = await kiosk.call('impact.export', { section, from, to, per, format });
    if (!r.ok) return setError(r.error);
    setExportLink(r.value.filename, new Blob([r.value.content], { type: `${r.value.mime};charset=utf-8` }));
    setStatus(null);
  };
  const printReport = async () => {
    const r = await kiosk.call('impact.printReport', { section, month, language: shell.language });
    if (!r.ok) return setError(r.error);
    setStatus(t('impact.export.printed'));
  };
  const saveReport = async () => {
    setStatus(t('impact.export.making'));
    const r = await kiosk.call('impact.reportPdf', { section, month, language: shell.language });
    if (!r.ok) return setError(r.error);
    const bytes = Uint8Array.from(atob(r.value.pdfBase64), (c) => c.charCodeAt(0));
    setPdfLink(r.value.filename, new Blob([bytes], { type: 'application/pdf' }));
    setStatus(t('impact.export.saved', { name: r.value.filename }));
  };
  const saveSettings = async () => {
    const r = await kiosk.call('impact.saveSettings', { smallCount: Number(smallCount) });
    if (!r.ok) return setError(r.error);
    setStatus(t('impact.settings.saved'));
    setFigures(null);
    const again = await kiosk.call('impact.figures', { section, from, to, per });
    if (again.ok) setFigures(again.value);
  };

  const threshold = figures?.smallCount ?? 5;
  const tt = (key: string, params?: Record<string, string | number>) => t(key, params);
  const day = (d: string) => formatLocalDate(d, shell.language);
  return (
    <Screen title={t('impact.title')} actions={<StaffHomeButton />} className="impact-screen">
      <p>{threshold > 1 ? t('impact.intro', { count: threshold }) : t('impact.introUnmasked')}</p>
      {own ? <p>{t('impact.partnerNote', { program: t(`impact.sections.${own}`) })}</p> : null}
      <div className="impact-controls">
        {sections.length > 1 ? (
          <fieldset className="impact-choice">
            <legend>{t('impact.section')}</legend>
            {sections.map((s) => (
              <label key={s} className="impact-radio">
                <input type="radio" name="impact-section" value={s} checked={section === s} onChange={() => setSection(s)} />
                {t(`impact.sections.${s}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset className="impact-choice">
          <legend>{t('impact.perLabel')}</legend>
          {periods.map((p) => (
            <label key={p} className="impact-radio">
              <input type="radio" name="impact-per" value={p} checked={per === p} onChange={() => setPer(p)} />
              {t(`impact.per.${p}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="impact-from">{t('impact.from')}</label>
          <input id="impact-from" type="date" value={from} max={to} onChange={(e) => e.target.value && setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="impact-to">{t('impact.to')}</label>
          <input id="impact-to" type="date" value={to} min={from} onChange={(e) => e.target.value && setTo(e.target.value)} />
        </div>
      </div>
      {from > to ? <p className="error">{t('impact.errors.range-order')}</p> : null}
      <ErrorText error={error} />
      {figures ? (
        <section aria-labelledby="impact-figures-heading">
          <h2 id="impact-figures-heading">{t(`impact.sections.${figures.section}`)}</h2>
          <p>
            {t('impact.rangeNote', {
              from: day(figures.buckets[0]?.start ?? from),
              to: day(figures.buckets.at(-1)?.end ?? to),
              previousFrom: day(figures.previousBuckets[0]?.start ?? from),
              previousTo: day(figures.previousBuckets.at(-1)?.end ?? to),
            })}
          </p>
          <table className="impact-table impact-summary" data-testid="impact-summary">
            <thead>
              <tr>
                <th scope="col">{t('impact.metric')}</th>
                <th scope="col">{t('impact.thisPeriod')}</th>
                <th scope="col">{t('impact.previousPeriod')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.metrics.map((m) => (
                <tr key={m.id} data-metric={m.id}>
                  <th scope="row">{t(metricKey(figures.section, m.id))}</th>
                  <td className={m.current === MASKED ? 'masked' : undefined}>{shownText(m, m.current, shell.language, threshold, tt)}</td>
                  <td className={m.previous === MASKED ? 'masked' : undefined}>{shownText(m, m.previous, shell.language, threshold, tt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="impact-charts">
            {charts.map((chart) => (
              <ChartFigure key={chart.id} chart={chart} figures={figures} threshold={threshold} />
            ))}
          </div>
        </section>
      ) : (
        <p role="status">{t('impact.loading')}</p>
      )}
      <section aria-labelledby="impact-export-heading" className="impact-export">
        <h2 id="impact-export-heading">{t('impact.export.title')}</h2>
        <div className="impact-buttons">
          <button type="button" className="button secondary" onClick={() => void exportAs('csv')}>
            {t('impact.export.csv')}
          </button>
          <button type="button" className="button secondary" onClick={() => void exportAs('json')}>
            {t('impact.export.json')}
          </button>
          {exportLink ? (
            <a className="button" href={exportLink.url} download={exportLink.name} data-testid="impact-export-link">
              {t('impact.export.download', { name: exportLink.name })}
            </a>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="impact-month">{t('impact.export.month')}</label>
          <input id="impact-month" type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </div>
        <div className="impact-buttons">
          <button type="button" className="button" onClick={() => void printReport()}>
            {t('impact.export.print')}
          </button>
          <button type="button" className="button secondary" onClick={() => void saveReport()}>
            {t('impact.export.save')}
          </button>
          {pdfLink ? (
            <a className="button" href={pdfLink.url} download={pdfLink.name} data-testid="impact-pdf-link">
              {t('impact.export.download', { name: pdfLink.name })}
            </a>
          ) : null}
        </div>
        {status ? <p role="status">{status}</p> : null}
      </section>
      {role === 'admin' ? (
        <section aria-labelledby="impact-settings-heading" className="impact-export">
          <h2 id="impact-settings-heading">{t('impact.settings.title')}</h2>
          <div className="field">
            <label htmlFor="impact-small">{t('impact.settings.smallCount')}</label>
            <input id="impact-small" type="number" inputMode="numeric" min={1} max={50} value={smallCount} onChange={(e) => setSmallCount(e.target.value)} />
          </div>
          <button type="button" className="button secondary" onClick={() => void saveSettings()}>
            {t('impact.settings.save')}
          </button>
        </section>
      ) : null}
    </Screen>
  );
}
