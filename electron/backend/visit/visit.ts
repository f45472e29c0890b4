// One visit across the services: the visit slip. The renderer sends only the references its patron writes got
// back (platform/visit-slips.ts); the records behind them are kept for the print job, and the slip is rendered
// from the areas' own data.
import type { visitOperations } from '../../../shared/contract/visit';
import { KEEP_VISIT_SLIPS_MS } from '../../../shared/domain/visit-slip';
import type { FeatureModule } from '../feature';
import { replayOf, withRequest } from '../idempotency';
import { newId } from '../ids';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';
import { VISIT_SLIP_KIND, visitSlipTemplate } from './visit-documents';
import { openVisitSlipRecords } from './visit-records';

/** How long the patron's screen waits for the slip before saying it is at the desk (as for the services' slips). */
const SLIP_WAIT_MS = 3_000;

export async function openVisit(platform: Platform, printing: PrintService): Promise<FeatureModule<typeof visitOperations>> {
  const slips = await openVisitSlipRecords(platform.store);
  printing.registerDocument(VISIT_SLIP_KIND, visitSlipTemplate(platform, (ref) => slips.get(ref)));

  return {
    handlers: {
      'visit.printSlip': async ({ refs, language }, ctx) => {
        // A retry after a lost answer: the slip the first try asked for, printed once.
        const earlier = replayOf(ctx.request ? slips.byRequest(ctx.request.key) : undefined, ctx.request);
        const slip =
          earlier ??
          (await slips.insert({
            id: newId(),
            createdAt: ctx.now.toISOString(),
            language,
            parts: platform.visitSlips.claim(refs, ctx.caller, ctx.now),
            requests: withRequest([], ctx.request),
          }));
        try {
          const outcome = await printing.printOnce({ kind: VISIT_SLIP_KIND, ref: slip.id, language: slip.language }, { waitMs: SLIP_WAIT_MS });
          return { slip: outcome.status === 'done' ? ('printed' as const) : ('desk' as const) };
        } catch {
          // Paper out or a stopped queue: the job waits at the desk; nothing the patron was told changes.
          return { slip: 'desk' as const };
        }
      },
    },
    async purge(now) {
      await slips.removeWhere((s) => Date.parse(s.createdAt) < now.getTime() - KEEP_VISIT_SLIPS_MS);
    },
  };
}
