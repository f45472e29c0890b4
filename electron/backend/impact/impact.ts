// The Impact area: anonymous figures of every program for admins and partners (each partner its own
// program: the dispatcher checks `scope` from the contract), CSV and JSON exports, and the monthly report.
import { impactSettingsSchema, type ImpactOperations, type ImpactSettings } from '../../../shared/contract/impact';
import type { CountArea } from '../../../shared/domain/impact-counts';
import { figuresOf, type Per } from '../../../shared/domain/impact-metrics';
import { dayIn } from '../../../shared/domain/nurse-queue';
import type { FeatureModule } from '../feature';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';
import { figuresCsv, figuresJson } from './impact-export';
import { IMPACT_REPORT, registerImpactDocuments, reportRef } from './impact-documents';
import { demoCountHistory } from './impact-demo';
import { countAreas } from '../../../shared/domain/impact-counts';

export const defaultImpactSettings = (): ImpactSettings => ({ smallCount: 5 });

export async function openImpact(platform: Platform, printing: PrintService, options: { demoHistory: boolean }): Promise<FeatureModule<ImpactOperations>> {
  const settings = await platform.store.doc({ name: 'impact-settings', schema: impactSettingsSchema, version: 1, defaults: defaultImpactSettings });
  const figures = (section: CountArea, range: { from: string; to: string; per: Per }) => figuresOf(section, platform.counts.all(), range, settings.get().smallCount);
  registerImpactDocuments(printing, figures, () => settings.get().smallCount);

  return {
    handlers: {
      'impact.figures': ({ section, from, to, per }) => ({ ...figures(section, { from, to, per }), smallCount: settings.get().smallCount }),
      'impact.settings': () => settings.get(),
      'impact.saveSettings': async (input, ctx) => {
        const next = await settings.update(() => input);
        ctx.setAuditDetail(`impact small counts below ${next.smallCount} masked`);
        return next;
      },
      'impact.export': ({ section, from, to, per, format }, ctx) => {
        const data = figures(section, { from, to, per });
        const name = `impact-${section}-${from}-to-${to}-per-${per}`;
        return format === 'csv'
          ? { filename: `${name}.csv`, mime: 'text/csv', content: figuresCsv(data, settings.get().smallCount) }
          : { filename: `${name}.json`, mime: 'application/json', content: figuresJson(data, settings.get().smallCount, ctx.now.toISOString()) };
      },
      'impact.printReport': async ({ section, month, language }, ctx) => {
        const outcome = await printing.print({ kind: IMPACT_REPORT, ref: reportRef(section, month), language }, { waitMs: 4000 });
        ctx.setAuditDetail(`impact report ${section} ${month}`);
        return { status: outcome.status };
      },
      'impact.reportPdf': async ({ section, month, language }) => {
        const bytes = await printing.renderPdf({ kind: IMPACT_REPORT, ref: reportRef(section, month), language });
        return { filename: `impact-report-${section}-${month}.pdf`, pdfBase64: bytes.toString('base64') };
      },
    },
    // Counts of personal records are stored as those records go (each area's purge); here only the oldest days go.
    async seedDemo() {
      if (!options.demoHistory) return [];
      const history = demoCountHistory(dayIn(platform.store.clock.now(), platform.settings.get().branch.timeZone), 365);
      for (const area of countAreas) await platform.counts.importOnce(`demo-${area}`, area, history[area]);
      return ['Impact demo: a year of made-up anonymous daily counts for every program.'];
    },
    purge: (now) => platform.counts.prune(dayIn(now, platform.settings.get().branch.timeZone)),
  };
}

