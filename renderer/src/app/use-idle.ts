import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel'] as const;

/**
 * Counts down after the last touch or key. Returns the seconds left in the warning phase
 * (null before it). `onTimeout` fires when the countdown reaches zero.
 */
export function useIdle(options: { enabled: boolean; timeoutSeconds: number; warningSeconds: number; onTimeout: () => void }) {
  const { enabled, timeoutSeconds, warningSeconds, onTimeout } = options;
  const lastActivity = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onTimeoutRef = useRef(onTimeout);
  onTimeoutRef.current = onTimeout;

  useEffect(() => {
    if (!enabled) {
      setSecondsLeft(null);
      return;
    }
    lastActivity.current = Date.now();
    const mark = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY) document.addEventListener(name, mark, { capture: true, passive: true });
    const tick = setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      const warnAt = Math.max(0, timeoutSeconds - warningSeconds);
      if (idle >= timeoutSeconds) {
        setSecondsLeft(null);
        onTimeoutRef.current();
      } else if (idle >= warnAt) {
        setSecondsLeft(Math.ceil(timeoutSeconds - idle));
      } else {
        setSecondsLeft(null);
      }
    }, 250);
    return () => {
      clearInterval(tick);
      for (const name of ACTIVITY) document.removeEventListener(name, mark, { capture: true });
    };
  }, [enabled, timeoutSeconds, warningSeconds]);

  return {
    secondsLeft,
    stillHere: () => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
    },
  };
}
