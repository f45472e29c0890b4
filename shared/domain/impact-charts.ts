// The Impact charts as ECharts options: plain data, built once here, so the staff screen and the printed
// report draw the same charts (each renders them to SVG with ECharts' server-side renderer).
import type { LanguageCode } from '../languages';
import { formatCount, formatLocalDate, formatMoney, formatPercent } from './format';
import { MASKED, type MetricFigures, type Per, type SectionFigures, type Shown } from './impact-metrics';

/** The part of an ECharts option these charts use (ECharts' own types need the DOM, which `shared` has none of). */
export type ChartOption = {
  animation: false;
  aria: { enabled: true; label: { description: string } };
  color: string[];
  textStyle: { fontFamily: string; fontSize: number };
  legend: { top: number; data: string[] };
  grid: { left: number; right: number; top: number; bottom: number; outerBoundsMode: 'same'; outerBoundsContain: 'axisLabel' };
  xAxis: { type: 'category'; data: string[]; axisLabel: { interval: number | 'auto'; rotate: number } };
  yAxis: { type: 'value'; minInterval?: number; axisLabel: { formatter: string } };
  series: {
    name: string;
    type: 'bar' | 'line';
    data: (number | null)[];
    lineStyle?: { type: 'dashed' };
    symbol?: 'circle' | 'none';
    connectNulls?: boolean;
  }[];
};

export type ChartSpec = { id: string; title: string; option: ChartOption; metrics: MetricFigures[] };

export type ChartText = {
  /** Title of a metric (`orders`, `screener.food`) and of a group of several. */
  metric(id: string): string;
  group(id: string): string;
  /** Axis label of a bucket (its first day). */
  bucket(start: string): string;
  thisPeriod: string;
  previousPeriod: string;
  /** Long description for screen readers and the SVG's own aria label. */
  describe(title: string): string;
};

// High-contrast colours that also read in grey on a laser printer.
const COLOURS = ['#1f5fae', '#b8560b', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#5d4037', '#455a64', '#ad1457', '#827717', '#283593'];
/** A share is drawn in percent, money in dollars; masked and missing values leave a gap. */
const plotted = (metric: MetricFigures, value: Shown): number | null => {
  if (value === null || value === MASKED) return null;
  if (metric.kind === 'share') return Math.round(value * 1000) / 10;
  if (metric.kind === 'cents') return Math.round(value) / 100;
  return value;
};
const unitFormatter = (metric: MetricFigures | undefined): string => (metric?.kind === 'share' ? '{value} %' : metric?.kind === 'cents' ? '$ {value}' : '{value}');

const base = (text: ChartText, title: string, categories: string[], legendRows = 1): Omit<ChartOption, 'series' | 'legend' | 'yAxis'> => ({
  animation: false,
  aria: { enabled: true, label: { description: text.describe(title) } },
  color: COLOURS,
  textStyle: { fontFamily: 'Noto Sans, DejaVu Sans, sans-serif', fontSize: 12 },
  // Room above the plot for the legend: one row, or two when two figures share the chart.
  grid: { left: 8, right: 16, top: 16 + 22 * legendRows, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
  xAxis: { type: 'category', data: categories, axisLabel: { interval: categories.length > 14 ? 'auto' : 0, rotate: categories.length > 8 ? 40 : 0 } },
});

/**
 * One chart per group of metrics: a group of one or two is drawn over time (bars this period, a dashed line
 * for the same bucket of the period before); a larger group (screener domains, referral categories) compares
 * the whole period with the one before, per metric.
 */
export function chartsOf(figures: SectionFigures, text: ChartText): ChartSpec[] {
  const groups = new Map<string, MetricFigures[]>();
  for (const m of figures.metrics) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  return [...groups.entries()].map(([group, metrics]) => {
    const title = metrics.length === 1 && metrics[0] ? text.metric(metrics[0].id) : text.group(group);
    const first = metrics[0];
    const yAxis = { type: 'value' as const, ...(first?.kind === 'count' ? { minInterval: 1 } : {}), axisLabel: { formatter: unitFormatter(first) } };
    if (metrics.length <= 2) {
      const categories = figures.buckets.map((b) => text.bucket(b.start));
      const series = metrics.flatMap((m) => {
        const name = text.metric(m.id);
        const suffix = metrics.length === 1 ? '' : ` · `;
        return [
          { name: `${metrics.length === 1 ? text.thisPeriod : name}`, type: 'bar' as const, data: m.series.map((v) => plotted(m, v)) },
          {
            name: `${metrics.length === 1 ? text.previousPeriod : `${name}${suffix}${text.previousPeriod}`}`,
            type: 'line' as const,
            data: m.previousSeries.map((v) => plotted(m, v)),
            lineStyle: { type: 'dashed' as const },
            symbol: 'circle' as const,
            connectNulls: false,
          },
        ];
      });
      return { id: group, title, metrics, option: { ...base(text, title, categories, metrics.length), yAxis, legend: { top: 0, data: series.map((s) => s.name) }, series } };
    }
    const categories = metrics.map((m) => text.metric(m.id));
    const series = [
      { name: text.thisPeriod, type: 'bar' as const, data: metrics.map((m) => plotted(m, m.current)) },
      { name: text.previousPeriod, type: 'bar' as const, data: metrics.map((m) => plotted(m, m.previous)) },
    ];
    return { id: group, title, metrics, option: { ...base(text, title, categories), yAxis, legend: { top: 0, data: series.map((s) => s.name) }, series } };
  });
}

/** The translation key of a metric's title: screener domains and referral categories reuse the nurse's own words. */
export function metricKey(section: string, id: string): string {
  if (id.startsWith('screener.')) return `nurse.screener.areas.${id.slice('screener.'.length)}`;
  if (id.startsWith('referrals.')) return `nurse.categories.${id.slice('referrals.'.length)}`;
  if (section === 'visit' && id === 'libraryReferrals') return 'impact.metrics.allLibraryReferrals';
  return `impact.metrics.${id}`;
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** The words of the charts in one language, from the app's strings. */
export function chartTextOf(t: T, language: LanguageCode, section: string, per: Per): ChartText {
  return {
    metric: (id) => t(metricKey(section, id)),
    group: (id) => t(`impact.groups.${id}`),
    bucket: (start) => formatLocalDate(start, language, per === 'week' ? 'shortDate' : 'shortMonth'),
    thisPeriod: t('impact.thisPeriod'),
    previousPeriod: t('impact.previousPeriod'),
    describe: (title) => `${title}: ${t('impact.thisPeriod')} / ${t('impact.previousPeriod')}`,
  };
}

/** A figure as text: "fewer than 5" for a masked count, a dash for nothing measured. */
export function shownText(metric: Pick<MetricFigures, 'kind'>, value: Shown, language: LanguageCode, threshold: number, t: T): string {
  if (value === MASKED) return t('impact.fewerThan', { count: threshold });
  if (value === null) return t('impact.none');
  if (metric.kind === 'share') return formatPercent(value, language);
  if (metric.kind === 'cents') return formatMoney(Math.round(value), language);
  if (metric.kind === 'minutes') return formatCount(Math.round(value * 10) / 10, language);
  return formatCount(value, language);
}

/** What of ECharts drawing needs: the core with the SVG renderer registered (each side loads its own). */
export type SvgCharts = {
  init(dom: null, theme: null, opts: { renderer: 'svg'; ssr: true; width: number; height: number }): {
    setOption(option: ChartOption): void;
    renderToSVGString(): string;
    dispose(): void;
  };
};

/** One chart as SVG text, with ECharts' server-side renderer (in the backend's printouts and on the page alike). */
export function renderChartSvg(echarts: SvgCharts, option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
