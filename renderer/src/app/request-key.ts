import { useCallback, useRef } from 'react';

/**
 * One idempotency key per submit intent. Sending the same input again (a retry after "could not
 * reach the service") reuses the key, so the backend answers with what the first try saved;
 * changed input is a new intent with a new key. The key lives as long as the patron's visit.
 */
export function useRequestKey(): <T extends object>(input: T) => T & { idempotencyKey: string } {
  const last = useRef<{ input: string; key: string } | null>(null);
  return useCallback(<T extends object>(input: T) => {
    const text = JSON.stringify(input);
    if (last.current?.input !== text) last.current = { input: text, key: crypto.randomUUID() };
    return { ...input, idempotencyKey: last.current.key };
  }, []);
}
