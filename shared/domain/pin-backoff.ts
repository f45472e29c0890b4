// How long a staff member's PIN pad waits after wrong PINs on one device. Staff sign in by naming
// themselves and then typing their PIN, so a patron guessing at the pad slows down one member on
// one device, never the whole desk, and an admin can clear the wait from any signed-in screen.

/** Wrong PINs allowed before any waiting (typos happen). */
export const PIN_FREE_TRIES = 3;
export const PIN_FIRST_WAIT_MS = 30_000;
/** The longest wait: also the longest a guessing patron can keep one named member off one device. */
export const PIN_MAX_WAIT_MS = 15 * 60_000;

/** The wait after `failures` wrong PINs in a row: none for the first few, then doubling up to the cap. */
export function pinWaitMs(failures: number): number {
  if (failures < PIN_FREE_TRIES) return 0;
  return Math.min(PIN_FIRST_WAIT_MS * 2 ** (failures - PIN_FREE_TRIES), PIN_MAX_WAIT_MS);
}

/**
 * Expected time for someone at one device to find one member's PIN by guessing at the fastest
 * allowed rate: half the PIN space, each guess after the free ones waiting its turn.
 */
export function expectedGuessingMs(pinDigits: number): { guesses: number; ms: number } {
  const guesses = 10 ** pinDigits / 2;
  let ms = 0;
  // Past the cap every guess waits the cap, so the sum is closed-form after the ramp.
  let failures = 0;
  for (; failures < guesses && pinWaitMs(failures) < PIN_MAX_WAIT_MS; failures++) ms += pinWaitMs(failures);
  ms += (guesses - failures) * PIN_MAX_WAIT_MS;
  return { guesses, ms };
}
