import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { applyTone, toneOfKey } from './vietnamese-tones';

export type FieldKind = 'text' | 'email' | 'tel' | 'number' | 'pin';

type FieldHandle = {
  kind: FieldKind;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  element: HTMLInputElement | HTMLTextAreaElement | null;
  /** The field's own language (a translation in a staff form); otherwise the keyboard follows the screen. */
  language?: LanguageCode;
};

type KeyboardState = {
  activeId: string | null;
  activate(id: string): void;
  hide(): void;
  /** Hides the keyboard if `id` is the field it serves. */
  release(id: string): void;
  handles: Map<string, FieldHandle>;
  press(key: string): void;
};

const KeyboardContext = createContext<KeyboardState | null>(null);

/** Applies one key of the on-screen keyboard to a field's value. */
export function applyKey(value: string, key: string, maxLength?: number): string {
  if (key === '{bksp}') return Array.from(value).slice(0, -1).join('');
  const tone = toneOfKey(key);
  if (tone) {
    const toned = applyTone(value, tone);
    return maxLength !== undefined && Array.from(toned).length > maxLength ? value : toned;
  }
  const text = key === '{space}' ? ' ' : key;
  if (text.startsWith('{')) return value;
  const next = value + text;
  return maxLength !== undefined && Array.from(next).length > maxLength ? value : next;
}

export function KeyboardProvider({ children }: { children: ReactNode }) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const handles = useRef(new Map<string, FieldHandle>()).current;
  const press = useCallback(
    (key: string) => {
      const handle = activeId ? handles.get(activeId) : undefined;
      if (!handle) return;
      handle.onChange(applyKey(handle.value, key, handle.maxLength));
      handle.element?.focus();
    },
    [activeId, handles],
  );
  // The keyboard takes the bottom of the screen and the step's content shrinks above it: keep the field
  // being typed into (with its label and error) inside the part that stays visible.
  useEffect(() => {
    const element = activeId ? handles.get(activeId)?.element : null;
    if (!element) return;
    const frame = requestAnimationFrame(() => {
      const field = element.closest('.field') ?? element;
      const box = field.getBoundingClientRect();
      const scroller = element.closest('.step-body');
      const area = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: document.querySelector('.osk')?.getBoundingClientRect().top ?? window.innerHeight };
      if (box.top < area.top || box.bottom > area.bottom - 8) field.scrollIntoView({ block: box.height > area.bottom - area.top ? 'start' : 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [activeId, handles]);
  // Stable, so fields can release the keyboard from an unmount cleanup only.
  const release = useCallback((id: string) => setActiveId((current) => (current === id ? null : current)), []);
  const value = useMemo<KeyboardState>(
    () => ({
      activeId,
      activate: setActiveId,
      hide: () => setActiveId(null),
      release,
      handles,
      press,
    }),
    [activeId, handles, press, release],
  );
  return <KeyboardContext.Provider value={value}>{children}</KeyboardContext.Provider>;
}

export function useKeyboard(): KeyboardState {
  const state = useContext(KeyboardContext);
  if (!state) throw new Error('useKeyboard outside KeyboardProvider');
  return state;
}
