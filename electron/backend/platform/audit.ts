import { auditEntrySchema, type AuditEntry } from '../../../shared/contract/platform';
import { pageBy, type Page } from '../../../shared/domain/paging';
import { monthOf, type Store } from '../store/store';
import type { StaffSession } from '../context';
import { newId } from '../ids';

export type AuditLog = {
  log(session: StaffSession, action: string, detail: string): Promise<void>;
  /** Newest first, a page at a time. */
  list(page: { cursor?: string; limit: number }): Page<AuditEntry>;
  purgeBefore(cutoffIso: string): Promise<number>;
};

export async function openAuditLog(store: Store): Promise<AuditLog> {
  const records = await store.records({ name: 'audit', schema: auditEntrySchema, version: 1, partitionOf: (e) => monthOf(e.at) });
  return {
    async log(session, action, detail) {
      await records.insert({
        id: newId(),
        at: store.clock.now().toISOString(),
        staffId: session.staffId,
        staffName: session.name,
        role: session.role,
        action,
        detail: detail.slice(0, 500),
      });
    },
    list: ({ cursor, limit }) => {
      // Lines written in the same millisecond keep the order they were written in.
      const all = records.all();
      const position = new Map(all.map((e, i) => [e.id, String(i).padStart(10, '0')]));
      return pageBy(all, (e) => `${e.at} ${position.get(e.id)}`, { order: 'desc', cursor, limit });
    },
    purgeBefore: (cutoffIso) => records.removeWhere((e) => e.at < cutoffIso),
  };
}
