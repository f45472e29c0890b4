import { useEffect, useRef } from 'react';
import type { Topic } from '../../../shared/contract/branch';
import { onTopics, pushIsLive } from '../kiosk-client';

/** Even with pushed changes a screen looks again this often: time passes (check-in closes) without any write. */
const SAFETY_MS = 60_000;

/**
 * Calls `load` now, whenever the host says one of `topics` changed, and every `fallbackMs` while
 * pushed changes are not arriving (polling is the fallback). The latest `load` is used each time;
 * `now: false` where the screen already loads on its own when it opens.
 */
export function useTopics(topics: readonly Topic[], load: () => Promise<void> | void, fallbackMs: number, options: { now?: boolean } = {}): void {
  const latest = useRef(load);
  latest.current = load;
  const key = topics.join(',');
  const now = options.now ?? true;
  useEffect(() => {
    const wanted = new Set(key.split(','));
    let last = Date.now();
    const run = (): void => {
      last = Date.now();
      void latest.current();
    };
    if (now) run();
    const stop = onTopics((changed) => {
      if (changed.some((t) => wanted.has(t))) run();
    });
    const timer = setInterval(() => {
      if (!pushIsLive() || Date.now() - last >= SAFETY_MS) run();
    }, fallbackMs);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [key, fallbackMs, now]);
}
