import { useEffect, useRef } from 'react';

/** Calls `load` now and every `ms` while mounted; the latest `load` is used each time. */
export function usePolling(load: () => Promise<void> | void, ms: number): void {
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    void latest.current();
    const timer = setInterval(() => void latest.current(), ms);
    return () => clearInterval(timer);
  }, [ms]);
}
