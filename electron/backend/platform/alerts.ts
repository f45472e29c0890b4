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

export function createAlertCenter(clock: Clock, fromStore: StoreAlert[]): AlertCenter {
  const raised: Alert[] = fromStore.map((a) => ({ id: newId(), at: a.at, level: a.level, code: a.code, params: a.params }));
  const providers: AlertProvider[] = [];
  const dismissed = new Set<string>();
  return {
    raise(level, code, params) {
      const id = newId();
      raised.push({ id, at: clock.now().toISOString(), level, code, params });
      return id;
    },
    addProvider: (provider) => {
      providers.push(provider);
    },
    list: () => [...raised, ...providers.flatMap((p) => p())].filter((a) => !dismissed.has(a.id)),
    dismiss(id) {
      dismissed.add(id);
    },
  };
}
