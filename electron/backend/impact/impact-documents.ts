// The monthly partner report: one program's figures for a month against the month before, and six months
// of charts (the Impact screen's own chart options, drawn as SVG), on a sheet through the print pipeline.
import { sectionSchema } from '../../../shared/contract/impact';
import type { CountArea } from '../../../shared/domain/impact-counts';
import { chartsOf, chartTextOf, metricKey, shownText } from '../../../shared/domain/impact-charts';
import type { Per, SectionFigures } from '../../../shared/domain/impact-metrics';
import { formatLocalDate } from '../../../shared/domain/format';
import { addDays } from '../../../shared/domain/zoned-time';
import { partnerRoles } from '../../../shared/roles';
import { KioskFailure } from '../../../shared/result';
import type { PrintService } from '../printing/print-api';
import { html, trusted } from '../printing/templates/html';
import { itemTable, note, section as part } from '../printing/templates/layout';
import { translatorFor } from '../printing/templates/translator';
import { chartSvg } from './chart-svg';

export const IMPACT_REPORT = 'impact.report';
export const reportRef = (section: CountArea, month: string): string => `${section}|${month}`;

const monthOffset = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const lastDayOf = (month: string): string => addDays(`${monthOffset(month, 1)}-01`, -1);

/** Letter width inside the margins, in CSS px: the charts are drawn at it and scale with the page. */
const CHART_WIDTH = 680;
const CHART_HEIGHT = 230;

export function registerImpactDocuments(
  printing: PrintService,
  figures: (section: CountArea, range: { from: string; to: string; per: Per }) => SectionFigures,
  smallCount: () => number,
): void {
  printing.registerDocument(IMPACT_REPORT, {
    paper: 'sheet',
    // Partners print and save it through `impact.*` (scoped to their program by the dispatcher); the print queue is staff's.
    roles: ['admin', ...partnerRoles],
    async render(ref, language) {
      const [rawSection, month = ''] = ref.split('|');
      const section = sectionSchema.safeParse(rawSection);
      if (!section.success || !/^\d{4}-\d{2}$/.test(month)) throw new KioskFailure('not-found', 'No such report');
      const t = translatorFor(language);
      const tt = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});
      const threshold = smallCount();
      // Six months ending with the report month, against the six before: the last bucket is the month itself.
      const data = figures(section.data, { from: `${monthOffset(month, -5)}-01`, to: lastDayOf(month), per: 'month' });
      const program = t(`impact.sections.${section.data}`);
      const monthName = formatLocalDate(`${month}-01`, language, 'month');
      const previousName = formatLocalDate(`${monthOffset(month, -1)}-01`, language, 'month');
      const rows = data.metrics.map((m) => [
        t(metricKey(section.data, m.id)),
        shownText(m, m.series.at(-1) ?? null, language, threshold, tt),
        shownText(m, m.series.at(-2) ?? null, language, threshold, tt),
      ]);
      const charts = await Promise.all(
        chartsOf(data, chartTextOf(tt, language, section.data, 'month')).map(async (c) => html`<figure class="chart"><figcaption><strong>${c.title}</strong></figcaption>${trusted(await chartSvg(c.option, CHART_WIDTH, CHART_HEIGHT))}</figure>`),
      );
      return {
        title: t('impact.report.title', { program }),
        body: html`<p>${t('impact.report.subtitle', { month: monthName, previous: previousName })}</p>
          ${itemTable([t('impact.metric'), t('impact.report.month'), t('impact.report.previous')], rows)}
          ${note(t('impact.report.note', { count: threshold }))}
          ${part(t('impact.report.trend'), html`${charts}`)}`,
      };
    },
  });
}
