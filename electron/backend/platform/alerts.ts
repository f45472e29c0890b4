import type { Alert } from '../../../shared/contract/platform';
import type { Clock, StoreAlert } from '../store/store';
import { newId } from '../ids';

/** Source of alerts computed from live state (for example: print jobs waiting). */
export type AlertProvider = () => Alert[];

export type AlertCenter = {
  raise(level: Alert['level'], code: string, params: Alert['params']): string;
  addProvider(provider: AlertProvider): void;
  list(): Alert[];
  dismiss(id: string): void;
};

/**
 * `fromStore` is the store's live list: collections opened later (feature areas) and a lock
 * lost at run time add to it after this centre exists, so it is read on every `list()`.
 */
export function createAlertCenter(clock: Clock, fromStore: readonly StoreAlert[]): AlertCenter {
  const raised: Alert[] = [];
  let seenFromStore = 0;
  const syncStore = (): void => {
    for (const a of fromStore.slice(seenFromStore)) raised.push({ id: newId(), at: a.at, level: a.level, code: a.code, params: a.params });
    seenFromStore = fromStore.length;
  };
  const providers: AlertProvider[] = [];
  const dismissed = new Set<string>();
  return {
    raise(level, code, params) {
      syncStore();
      const id = newId();
      raised.push({ id, at: clock.now().toISOString(), level, code, params });
      return id;
    },
    addProvider: (provider) => {
      providers.push(provider);
    },
    list: () => {
      syncStore();
      return [...raised, ...providers.flatMap((p) => p())].filter((a) => !dismissed.has(a.id));
    },
    dismiss(id) {
      dismissed.add(id);
    },
  };
}
