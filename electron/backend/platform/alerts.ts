import { z } from 'zod';
import { alertSchema, type Alert } from '../../../shared/contract/platform';
import { KioskFailure } from '../../../shared/result';
import type { Store } from '../store/store';
import { newId } from '../ids';

/** Source of alerts computed from live state (for example: print jobs waiting). */
export type AlertProvider = () => Alert[];

export type AlertCenter = {
  /** Records an alert until staff acknowledge it; the same code and details while unacknowledged count once. */
  raise(level: Alert['level'], code: string, params: Alert['params']): string;
  addProvider(provider: AlertProvider): void;
  /** A new alert was raised (staff home screens fetch the list again). */
  onRaised(listener: () => void): void;
  list(): Alert[];
  /** Acknowledged by staff: stored alerts go for good, live ones until their state changes. */
  acknowledge(id: string): Promise<Alert>;
  /** Resolves once every raised alert is on disk (or could not be, the disk being full). */
  settled(): Promise<void>;
};

const alertsDocSchema = z.object({ alerts: z.array(alertSchema) });
const sameAlert = (a: Pick<Alert, 'code' | 'params'>, b: Pick<Alert, 'code' | 'params'>): boolean =>
  a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);

/**
 * Alerts live in `alerts.json` until a staff member acknowledges them, so a restart (or a crash)
 * does not hide a restored file or a lockout. One raised while the disk is full is shown at once
 * and written as soon as the store can write again.
 */
export async function openAlertCenter(store: Store): Promise<AlertCenter> {
  const doc = await store.doc({ name: 'alerts', schema: alertsDocSchema, version: 1, defaults: () => ({ alerts: [] }) });
  /** Raised but not yet on disk. */
  let pending: Alert[] = [];
  const providers: AlertProvider[] = [];
  const raisedListeners: (() => void)[] = [];
  const dismissedLive = new Set<string>();
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    writing = writing.then(async () => {
      const batch = pending;
      if (batch.length === 0) return;
      try {
        await doc.update((d) => {
          // One acknowledged while this write waited is not written back.
          for (const alert of batch) if (pending.includes(alert) && !d.alerts.some((a) => sameAlert(a, alert))) d.alerts.push(alert);
        });
        pending = pending.filter((a) => !batch.includes(a));
      } catch {
        // Kept in `pending` (and listed) until the store can write.
      }
    });
    return writing;
  };

  const raise: AlertCenter['raise'] = (level, code, params) => {
    const known = [...doc.get().alerts, ...pending].find((a) => sameAlert(a, { code, params }));
    if (known) return known.id;
    const alert: Alert = { id: newId(), at: store.clock.now().toISOString(), level, code, params };
    pending.push(alert);
    void flush();
    for (const listener of raisedListeners) listener();
    return alert.id;
  };

  // Alerts the store raised while opening (before this centre existed), then every later one.
  for (const a of store.alerts) raise(a.level, a.code, a.params);
  store.onAlert((a) => raise(a.level, a.code, a.params));
  store.onWritable(() => void flush());
  await flush();

  const live = (): Alert[] => providers.flatMap((p) => p()).filter((a) => !dismissedLive.has(a.id));
  return {
    raise,
    addProvider: (provider) => {
      providers.push(provider);
    },
    onRaised: (listener) => {
      raisedListeners.push(listener);
    },
    list: () => [...doc.get().alerts, ...pending, ...live()],
    async acknowledge(id) {
      // A write of this alert may be under way: let it land first, then take the alert off disk.
      await writing;
      const liveAlert = live().find((a) => a.id === id);
      if (liveAlert) {
        dismissedLive.add(id);
        return liveAlert;
      }
      const waiting = pending.find((a) => a.id === id);
      if (waiting) {
        pending = pending.filter((a) => a !== waiting);
        return waiting;
      }
      const stored = doc.get().alerts.find((a) => a.id === id);
      if (!stored) throw new KioskFailure('not-found', 'No such alert');
      await doc.update((d) => ({ alerts: d.alerts.filter((a) => a.id !== id) }));
      return stored;
    },
    settled: () => flush(),
  };
}
