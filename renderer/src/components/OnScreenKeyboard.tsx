import { useState } from 'react';
import Keyboard from 'react-simple-keyboard';
import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, isLanguageCode, languageOf, type KeyboardLayout, type LanguageCode } from '../../../shared/languages';
import { useKeyboard, type FieldKind } from './keyboard-context';

const numeric = { default: ['1 2 3', '4 5 6', '7 8 9', '{bksp} 0 {done}'] };
const decimal = { default: ['1 2 3', '4 5 6', '7 8 9', '. 0 {bksp}', '{done}'] };
const emailRow = '@ _ .com';

type Layout = { default: string[]; shift?: string[] };

/** Rows before the last (space / done) get an extra row; the last row gets an extra key at its start. */
const withRow = (rows: readonly string[], row: string): string[] => [...rows.slice(0, -1), row, ...rows.slice(-1)];
const withKey = (rows: readonly string[], key: string): string[] => [...rows.slice(0, -1), `${key} ${rows.at(-1) ?? ''}`];

/**
 * The keys for a field: a keypad for numbers; otherwise the letters of the field's language (or the screen's).
 * Email addresses are Latin whatever the language. A non-Latin layout has a key to switch to Latin letters
 * and back, for a name or a word that is written in Latin script.
 */
function layoutFor(kind: FieldKind, keyboard: KeyboardLayout, latin: boolean): Layout {
  if (kind === 'tel' || kind === 'pin') return numeric;
  if (kind === 'number') return decimal;
  const english = languageOf(FALLBACK_LANGUAGE).keyboard;
  if (kind === 'email') return { default: withRow(english.default, emailRow), shift: withRow(english.shift, emailRow) };
  if (!latin) return { default: [...keyboard.default], shift: [...keyboard.shift] };
  return { default: withKey(english.default, '{abc}'), shift: withKey(english.shift, '{abc}') };
}

/**
 * The built-in keyboard: Linux kiosks have no on-screen keyboard above a fullscreen window.
 * One sits at the bottom of the app, and each open dialog has its own (a modal dialog makes
 * the rest of the page inert), so each shows only for fields in its own place.
 *
 * The panel follows the page direction (its Hide button sits at the end side); the keys keep the
 * places they have on that language's physical and phone keyboards, and keypads are never mirrored.
 */
export function OnScreenKeyboard({ inDialog = false }: { inDialog?: boolean }) {
  const { t, i18n } = useTranslation();
  const keyboard = useKeyboard();
  const [shift, setShift] = useState(false);
  const [latin, setLatin] = useState(false);
  const handle = keyboard.activeId ? keyboard.handles.get(keyboard.activeId) : undefined;
  if (!handle) return null;
  if (Boolean(handle.element?.closest('dialog')) !== inDialog) return null;
  const languageCode: LanguageCode = handle.language ?? (isLanguageCode(i18n.language) ? i18n.language : FALLBACK_LANGUAGE);
  const language = languageOf(languageCode);
  const latinSwitch = language.keyboard.latinSwitch;
  const showsLatin = latin && latinSwitch !== undefined;
  const layout = layoutFor(handle.kind, language.keyboard, showsLatin);
  const allKeys = [...new Set(Object.values(layout).flatMap((rows) => rows.flatMap((row) => row.split(' '))))];
  const special = language.keyboard.keys ?? {};
  // The switch key names what it switches to: Latin letters, or back to the language's own.
  const switchKey = showsLatin ? latinSwitch : { label: 'ABC', name: t('keyboard.latin') };
  // simple-keyboard draws keys as divs: give them a role and names so screen readers can use them.
  const buttonAttributes = [
    { attribute: 'role', value: 'button', buttons: allKeys.join(' ') },
    { attribute: 'aria-label', value: t('keyboard.delete'), buttons: '{bksp}' },
    { attribute: 'aria-label', value: t('keyboard.shift'), buttons: '{shift}' },
    { attribute: 'aria-label', value: t('keyboard.space'), buttons: '{space}' },
    { attribute: 'aria-label', value: t('keyboard.done'), buttons: '{done}' },
    ...(switchKey ? [{ attribute: 'aria-label', value: switchKey.name, buttons: '{abc}' }] : []),
    ...Object.entries(special).map(([key, { name }]) => ({ attribute: 'aria-label', value: name, buttons: key })),
  ];
  const display: Record<string, string> = {
    '{bksp}': '⌫',
    '{space}': t('keyboard.space'),
    '{done}': t('keyboard.done'),
    '{shift}': '⇧',
    ...(switchKey ? { '{abc}': switchKey.label } : {}),
    ...Object.fromEntries(Object.entries(special).map(([key, { label }]) => [key, label])),
  };
  return (
    <aside className={`osk osk-${handle.kind} osk-${language.dir}`} aria-label={t('keyboard.label')} data-testid="on-screen-keyboard">
      <div className="osk-bar">
        <button type="button" className="button secondary" onClick={keyboard.hide}>
          {t('keyboard.hide')}
        </button>
      </div>
      <div dir="ltr" lang={showsLatin || handle.kind === 'email' ? FALLBACK_LANGUAGE : languageCode}>
        <Keyboard
          layout={layout}
          layoutName={shift && layout.shift ? 'shift' : 'default'}
          preventMouseDownDefault
          buttonAttributes={buttonAttributes}
          display={display}
          mergeDisplay
          onKeyPress={(button: string) => {
            if (button === '{shift}') {
              setShift(!shift);
              return;
            }
            if (button === '{abc}') {
              setLatin(!latin);
              setShift(false);
              return;
            }
            if (button === '{done}') {
              keyboard.hide();
              return;
            }
            keyboard.press(button);
            if (shift) setShift(false);
          }}
        />
      </div>
    </aside>
  );
}
