import { useEffect, useState } from 'react';

/** Index into a list that moves on every `ms` (the attract greeting, the lobby display's languages). */
export function useCycle(length: number, ms: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % length), ms);
    return () => clearInterval(timer);
  }, [length, ms]);
  return length === 0 ? 0 : index % length;
}
