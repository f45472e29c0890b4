import { z } from 'zod';
import { settingsSchema, type PublicSettings, type Settings } from '../../../shared/contract/platform';
import { isTimeZone } from '../../../shared/domain/zoned-time';
import { setNumberingSystems } from '../../../shared/languages';
import type { FieldIssue } from '../../../shared/result';
import { KioskFailure } from '../../../shared/result';
import { migrationsOf } from '../store/migrations';
import type { Doc, Store } from '../store/store';
import { settings2TextPerLanguage } from './migrations/settings-2-text-per-language';

export const defaultSettings = (): Settings => ({
  branch: {
    name: 'Commons Library',
    address: '',
    phone: '',
    hours: {},
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/New_York',
  },
  services: { grocery: true, hive: true, nurse: true },
  languages: ['en', 'es'],
  defaultLanguage: 'en',
  numberingSystems: {},
  idleTimeoutSeconds: 90,
  idleWarningSeconds: 30,
  retentionDays: { grocery: 90, hive: 365, nurse: 30, audit: 365 },
});

/** Rules the shared schema cannot state: a real time zone, a warning shorter than the timeout. */
export function settingsIssues(settings: Settings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isTimeZone(settings.branch.timeZone)) issues.push({ path: 'branch.timeZone', code: 'time-zone-unknown' });
  if (settings.idleWarningSeconds >= settings.idleTimeoutSeconds) issues.push({ path: 'idleWarningSeconds', code: 'idle-warning-too-long' });
  return issues;
}

const metaSchema = z.object({ demo: z.boolean(), createdAt: z.string() });
export type Meta = z.infer<typeof metaSchema>;

export type SettingsService = {
  get(): Settings;
  publicView(): PublicSettings;
  update(next: Settings): Promise<Settings>;
  meta(): Meta;
  markDemo(): Promise<void>;
};

export async function openSettings(store: Store): Promise<SettingsService> {
  const doc: Doc<Settings> = await store.doc({ name: 'settings', schema: settingsSchema, ...migrationsOf([settings2TextPerLanguage]), defaults: defaultSettings });
  setNumberingSystems(doc.get().numberingSystems);
  const meta = await store.doc({
    name: 'meta',
    schema: metaSchema,
    version: 1,
    defaults: () => ({ demo: false, createdAt: store.clock.now().toISOString() }),
  });
  return {
    get: () => doc.get(),
    publicView() {
      const s = doc.get();
      return {
        branchName: s.branch.name,
        address: s.branch.address,
        phone: s.branch.phone,
        hours: s.branch.hours,
        timeZone: s.branch.timeZone,
        services: s.services,
        languages: s.languages,
        defaultLanguage: s.defaultLanguage,
        numberingSystems: s.numberingSystems,
        idleTimeoutSeconds: s.idleTimeoutSeconds,
        idleWarningSeconds: s.idleWarningSeconds,
      };
    },
    update: (next) => {
      const issues = settingsIssues(next);
      if (issues.length > 0) return Promise.reject(new KioskFailure('invalid-input', 'Some settings are not valid', undefined, issues));
      return doc.update(() => next).then((saved) => {
        // Printouts from now on use the branch's digits (see shared/languages.ts).
        setNumberingSystems(saved.numberingSystems);
        return saved;
      });
    },
    meta: () => meta.get(),
    markDemo: async () => {
      await meta.update((m) => ({ ...m, demo: true }));
    },
  };
}
