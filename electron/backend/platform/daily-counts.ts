// The one place every area keeps its anonymous daily counts (shape: shared/domain/impact-counts.ts).
// Counts come two ways: from records still kept (each area registers how to count them, live), and stored
// here when the purge removes or blanks those records, so a year of history outlives the personal data.
// Events that leave no record of their own (a hand-off taken, a second service in one visit) are stored at once.
import { z } from 'zod';
import { countAreas, dayCountsSchema, mergeDays, type CountArea, type DayCounts } from '../../../shared/domain/impact-counts';
import { addDays } from '../../../shared/domain/zoned-time';
import type { Store } from '../store/store';

/** Two years: a year of history, and the year before it to compare against. */
export const KEEP_COUNT_DAYS = 800;

const perArea = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(countAreas.map((a) => [a, schema])) as Record<CountArea, T>);
const countsDocSchema = z.object({
  days: perArea(z.array(dayCountsSchema)),
  /**
   * Ids of the records the last purge of an area counted. Stored in the same write as their counts: if the
   * kiosk stops before the records are gone, the next purge and the live counts skip them, never counting twice.
   * Ids are random and name no one.
   */
  counted: perArea(z.array(z.string())),
  /** Older count files already brought in (the nurse's `nurse-counts`). */
  imported: z.array(z.string()),
});
type CountsDoc = z.infer<typeof countsDocSchema>;

const emptyDoc = (): CountsDoc => ({
  days: { grocery: [], hive: [], nurse: [], visit: [] },
  counted: { grocery: [], hive: [], nurse: [], visit: [] },
  imported: [],
});

export type DailyCountsService = {
  /** How an area counts its records still kept (those not yet `isCounted`). */
  register(area: CountArea, live: () => DayCounts[]): void;
  /** True for a record whose counts are already stored: live counting leaves it out. */
  isCounted(area: CountArea, id: string): boolean;
  /**
   * Before a purge removes or blanks records: stores their counts (`count` gets the ids not counted before)
   * and remembers the ids, in one write.
   */
  keep(area: CountArea, ids: readonly string[], count: (fresh: ReadonlySet<string>) => DayCounts[]): Promise<void>;
  /** One event on a day (`visit`, `handoffs.grocery`). */
  bump(area: CountArea, day: string, key: string): Promise<void>;
  /**
   * What a patron's visit did before a service's write, counted on `day` (a new write only, never a retry):
   * the second service of a visit counts one visit with two or more services; a hand-off from the nurse counts as taken.
   */
  countVisit(visit: { earlier: number; handoff: boolean } | undefined, day: string): Promise<void>;
  /** Brings in an older file's days once (by name); later calls with the same name do nothing. */
  importOnce(name: string, area: CountArea, days: readonly DayCounts[]): Promise<void>;
  /** Stored plus live counts of every area, oldest day first. */
  all(): Record<CountArea, DayCounts[]>;
  /** Drops days older than KEEP_COUNT_DAYS before `today`. */
  prune(today: string): Promise<void>;
};

export async function openDailyCounts(store: Store): Promise<DailyCountsService> {
  // Even counts name reasons and screener areas: encrypted like the nurse's own data.
  const doc = await store.doc({ name: 'daily-counts', schema: countsDocSchema, version: 1, encrypted: true, defaults: emptyDoc });
  const live = new Map<CountArea, () => DayCounts[]>();
  let countedSets: Record<CountArea, Set<string>> | null = null;
  const counted = () => (countedSets ??= Object.fromEntries(countAreas.map((a) => [a, new Set(doc.get().counted[a])])) as Record<CountArea, Set<string>>);
  const changed = () => {
    countedSets = null;
  };

  return {
    register(area, count) {
      live.set(area, count);
    },
    isCounted: (area, id) => counted()[area].has(id),
    async keep(area, ids, count) {
      if (ids.length === 0) return;
      const fresh = new Set(ids.filter((id) => !counted()[area].has(id)));
      const days = fresh.size > 0 ? count(fresh) : [];
      await doc.update((d) => {
        d.days[area] = mergeDays(d.days[area], days);
        d.counted[area] = [...ids];
      });
      changed();
    },
    async bump(area, day, key) {
      await doc.update((d) => {
        d.days[area] = mergeDays(d.days[area], [{ day, counts: { [key]: 1 } }]);
      });
    },
    async countVisit(visit, day) {
      if (!visit) return;
      const keys = [...(visit.earlier === 1 ? ['multiService'] : []), ...(visit.handoff ? ['handoffs.grocery'] : [])];
      if (keys.length === 0) return;
      await doc.update((d) => {
        d.days.visit = mergeDays(d.days.visit, [{ day, counts: Object.fromEntries(keys.map((k) => [k, 1])) }]);
      });
    },
    async importOnce(name, area, days) {
      if (doc.get().imported.includes(name)) return;
      await doc.update((d) => {
        d.days[area] = mergeDays(d.days[area], days);
        d.imported.push(name);
      });
    },
    all() {
      const stored = doc.get().days;
      return Object.fromEntries(countAreas.map((a) => [a, mergeDays(stored[a], live.get(a)?.() ?? [])])) as Record<CountArea, DayCounts[]>;
    },
    async prune(today) {
      const oldest = addDays(today, -KEEP_COUNT_DAYS);
      if (!countAreas.some((a) => doc.get().days[a].some((d) => d.day < oldest))) return;
      await doc.update((d) => {
        for (const a of countAreas) d.days[a] = d.days[a].filter((day) => day.day >= oldest);
      });
    },
  };
}
