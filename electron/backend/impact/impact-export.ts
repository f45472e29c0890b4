// Exports for partners: CSV and JSON of one section's figures, schema version IMPACT_EXPORT_VERSION
// (docs/impact-export.md). Only anonymous, masked figures: no record, name, phone or free text is read here.
import { IMPACT_EXPORT_VERSION } from '../../../shared/contract/impact';
import { MASKED, type SectionFigures, type Shown } from '../../../shared/domain/impact-metrics';
import { toCsv } from '../platform/csv';

export const CSV_COLUMNS = ['schema_version', 'section', 'per', 'period', 'bucket_start', 'bucket_end', 'metric', 'kind', 'value', 'masked', 'small_count'] as const;

const cell = (value: Shown): string | number => (value === null || value === MASKED ? '' : value);

export function figuresCsv(figures: SectionFigures, smallCount: number): string {
  const rows: (string | number)[][] = [];
  for (const m of figures.metrics) {
    const add = (period: 'current' | 'previous', buckets: SectionFigures['buckets'], series: Shown[]) =>
      buckets.forEach((b, i) => {
        const value = series[i] ?? null;
        rows.push([IMPACT_EXPORT_VERSION, figures.section, figures.per, period, b.start, b.end, m.id, m.kind, cell(value), value === MASKED ? 'true' : 'false', smallCount]);
      });
    add('current', figures.buckets, m.series);
    add('previous', figures.previousBuckets, m.previousSeries);
  }
  return toCsv(CSV_COLUMNS, rows);
}

export function figuresJson(figures: SectionFigures, smallCount: number, generatedAt: string): string {
  const value = (v: Shown) => (v === MASKED ? { masked: true } : { value: v });
  return JSON.stringify(
    {
      schema: 'commons-kiosk.impact',
      version: IMPACT_EXPORT_VERSION,
      generatedAt,
      section: figures.section,
      per: figures.per,
      smallCount,
      buckets: figures.buckets,
      previousBuckets: figures.previousBuckets,
      metrics: figures.metrics.map((m) => ({
        id: m.id,
        kind: m.kind,
        group: m.group,
        current: value(m.current),
        previous: value(m.previous),
        series: m.series.map(value),
        previousSeries: m.previousSeries.map(value),
      })),
    },
    null,
    2,
  );
}
