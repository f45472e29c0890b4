import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../app/shell-context';
import { focusSegment, screenSegments, utterances, type Segment } from './screen-text';
import { createSpeaker, type Speaker } from './speaker';
import './read-aloud.css';

/** Slower … faster: the steps of the speed control (1 is the usual pace). */
export const RATES = [0.6, 0.8, 1, 1.25, 1.6] as const;

type ReadAloud = {
  on: boolean;
  rate: number;
  toggle(): void;
  slower(): void;
  faster(): void;
  /** Reads a screen (heading, question, choices) from the start. */
  readScreen(root: Element | null): void;
};

const ReadAloudContext = createContext<ReadAloud | null>(null);
export const useReadAloud = (): ReadAloud | null => useContext(ReadAloudContext);

/**
 * Read-aloud for one patron visit: mounted per visit (the App keys it by the visit), so it is remembered from
 * screen to screen and off again after the idle reset. While on, a touched or focused control says its name.
 */
export function ReadAloudProvider({ children }: { children: ReactNode }) {
  const shell = useShell();
  const [on, setOn] = useState(false);
  const [rateIndex, setRateIndex] = useState(2);
  const [said, setSaid] = useState<{ text: string; engine: string; seconds: number } | null>(null);
  const speaker = useRef<Speaker | null>(null);
  const rate = RATES[rateIndex] ?? 1;
  const language = shell.language;

  const say = useCallback(
    (segments: Segment[]) => {
      const current = speaker.current;
      if (!current || segments.length === 0) return;
      const text = utterances(segments)
        .map((p) => p.text)
        .join(' | ');
      setSaid({ text, engine: 'loading', seconds: 0 });
      // Block by block: each is quick to make, and a new screen or touch stops the rest at once.
      void current.speak(segments, rate).then(
        () => setSaid((s) => (s && s.text === text ? { ...s, ...current.last(), engine: current.last().engine ?? 'none' } : s)),
        () => setSaid((s) => (s ? { ...s, engine: 'failed' } : s)),
      );
    },
    [rate],
  );

  const readScreen = useCallback((root: Element | null) => root && say(screenSegments(root, language)), [say, language]);

  // Nothing is said after the visit ends.
  useEffect(() => () => speaker.current?.stop(), []);

  // Keyboard or switch navigation: say where focus goes. A touch says what was touched (its focus is then not said twice).
  useEffect(() => {
    if (!on) return;
    let touched: Element | null = null;
    const named = (target: EventTarget | null) => (target instanceof Element ? target.closest('button, [role=button], a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])') : null);
    const onPointer = (event: PointerEvent) => {
      const el = named(event.target);
      if (!el) return;
      touched = el;
      const segment = focusSegment(el, language);
      if (segment) say([segment]);
    };
    const onFocus = (event: FocusEvent) => {
      const el = named(event.target);
      if (!el || el === touched) return;
      touched = null;
      const segment = focusSegment(el, language);
      if (segment) say([segment]);
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusin', onFocus, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusin', onFocus, true);
    };
  }, [on, say, language]);

  const value = useMemo<ReadAloud>(
    () => ({
      on,
      rate,
      toggle: () => {
        if (on) {
          speaker.current?.stop();
          setSaid(null);
          return setOn(false);
        }
        // Made at the tap, so the browser lets it play.
        speaker.current ??= createSpeaker(new AudioContext());
        setOn(true);
      },
      slower: () => setRateIndex((i) => Math.max(0, i - 1)),
      faster: () => setRateIndex((i) => Math.min(RATES.length - 1, i + 1)),
      readScreen,
    }),
    [on, rate, readScreen],
  );
  return (
    <ReadAloudContext.Provider value={value}>
      {children}
      {/* What was said last, for the tests (an attribute: never shown, never read, never found as page text). */}
      {on && said ? (
        <output hidden data-testid="read-aloud-said" data-said={said.text} data-engine={said.engine} data-seconds={said.seconds.toFixed(2)} />
      ) : null}
    </ReadAloudContext.Provider>
  );
}

/**
 * Reads the screen when read-aloud is turned on, when the screen changes (`screenKey`: the step's title) and
 * when the language or the speed changes.
 */
export function useReadScreen(ref: RefObject<Element | null>, screenKey: string): void {
  const readAloud = useReadAloud();
  const on = readAloud?.on ?? false;
  const read = readAloud?.readScreen;
  useEffect(() => {
    if (!on || !read) return;
    // After the screen has painted its text (and moved focus to the heading).
    const timer = setTimeout(() => read(ref.current), 50);
    return () => clearTimeout(timer);
  }, [on, read, ref, screenKey]);
}

/** The "Read aloud" switch, and while it is on: slower, faster, read again. */
export function ReadAloudControl({ screen }: { screen: RefObject<Element | null> }) {
  const { t } = useTranslation();
  const readAloud = useReadAloud();
  if (!readAloud) return null;
  return (
    <div className="read-aloud" role="group" aria-label={t('readAloud.label')}>
      <button type="button" className="button toggle read-aloud-toggle" aria-pressed={readAloud.on} onClick={readAloud.toggle}>
        <span aria-hidden="true" className="read-aloud-icon">
          🔊
        </span>
        {t('readAloud.button')}
      </button>
      {readAloud.on ? (
        <>
          <button type="button" className="button secondary" onClick={readAloud.slower} disabled={readAloud.rate === RATES[0]}>
            {t('readAloud.slower')}
          </button>
          <button type="button" className="button secondary" onClick={readAloud.faster} disabled={readAloud.rate === RATES[RATES.length - 1]}>
            {t('readAloud.faster')}
          </button>
          <button type="button" className="button secondary" onClick={() => readAloud.readScreen(screen.current)}>
            {t('readAloud.again')}
          </button>
        </>
      ) : null}
    </div>
  );
}
