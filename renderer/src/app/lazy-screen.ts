import { lazy, type ComponentType } from 'react';

/**
 * A screen in its own chunk, fetched the first time it is shown (React.lazy): the start-up bundle carries the
 * attract and home screens only. `name` is the module's export, so screens keep their named exports.
 */
export function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}
