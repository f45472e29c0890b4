// One visit across the services: the visit slip. The renderer sends only the references its patron writes got
// back (platform/visit-slips.ts); the records behind them are kept for the print job, and the slip is rendered
// from the areas' own data.
import type { visitOperations } from '../../../shared/contract/visit';
import { KEEP_VISIT_SLIPS_MS, VISIT_SLIP_REF_MS, type VisitSlipPart } from '../../../shared/domain/visit-slip';
import type { FeatureModule } from '../feature';
import { replayOf, withRequest } from '../idempotency';
import { newId } from '../ids';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';
import { visitSlipTemplate } from './visit-documents';
import { openVisitSlipRecords } from './visit-records';

const keyOf = (parts: readonly VisitSlipPart[]): string => parts.map((p) => `${p.kind}:${p.id}`).sort().join(' ');
const sameParts = (a: readonly VisitSlipPart[], b: readonly VisitSlipPart[]): boolean => keyOf(a) === keyOf(b);

/** How long the patron's screen waits for the slip before saying it is at the desk (as for the services' slips). */
const SLIP_WAIT_MS = 3_000;

export async function openVisit(platform: Platform, printing: PrintService): Promise<FeatureModule<typeof visitOperations>> {
  const slips = await openVisitSlipRecords(platform.store);
  printing.registerDocument('visit.slip', visitSlipTemplate(platform, (ref) => slips.get(ref)));

  return {
    handlers: {
      'visit.printSlip': async ({ refs, language }, ctx) => {
        // A retry after a lost answer: the slip the first try asked for, printed once.
        const earlier = replayOf(ctx.request ? slips.byRequest(ctx.request.key) : undefined, ctx.request);
        const parts = earlier ? earlier.parts : platform.visitSlips.claim(refs, ctx.caller, ctx.now);
        // The same records asked for again (another tap): the slip already made, printed once, not another roll of paper.
        const same = earlier ?? slips.filter((s) => s.language === language && sameParts(s.parts, parts) && Date.parse(s.createdAt) > ctx.now.getTime() - VISIT_SLIP_REF_MS)[0];
        const slip = same ?? (await slips.insert({ id: newId(), createdAt: ctx.now.toISOString(), language, parts, requests: withRequest([], ctx.request) }));
        try {
          const outcome = await printing.printOnce({ kind: 'visit.slip', ref: slip.id, language: slip.language }, { waitMs: SLIP_WAIT_MS });
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
