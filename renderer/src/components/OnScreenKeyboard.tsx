import { useState } from 'react';
import Keyboard from 'react-simple-keyboard';
import { useTranslation } from 'react-i18next';
import { useKeyboard, type FieldKind } from './keyboard-context';

// Letters per language; Spanish adds ñ and its accented vowels and marks.
const letters: Record<string, { default: string[]; shift: string[] }> = {
  en: {
    default: ['1 2 3 4 5 6 7 8 9 0 {bksp}', 'q w e r t y u i o p', 'a s d f g h j k l \'', '{shift} z x c v b n m , . -', '{space} {done}'],
    shift: ['! ? # & ( ) / : ; " {bksp}', 'Q W E R T Y U I O P', 'A S D F G H J K L \'', '{shift} Z X C V B N M , . -', '{space} {done}'],
  },
  es: {
    default: ['1 2 3 4 5 6 7 8 9 0 {bksp}', 'q w e r t y u i o p', 'a s d f g h j k l ñ', '{shift} z x c v b n m , . -', 'á é í ó ú ü ¿ ¡', '{space} {done}'],
    shift: ['! ? # & ( ) / : ; " {bksp}', 'Q W E R T Y U I O P', 'A S D F G H J K L Ñ', '{shift} Z X C V B N M , . -', 'Á É Í Ó Ú Ü ¿ ¡', '{space} {done}'],
  },
};

const numeric = { default: ['1 2 3', '4 5 6', '7 8 9', '{bksp} 0 {done}'] };
const decimal = { default: ['1 2 3', '4 5 6', '7 8 9', '. 0 {bksp}', '{done}'] };

function layoutFor(kind: FieldKind, language: string): Record<string, string[]> {
  if (kind === 'tel' || kind === 'pin') return numeric;
  if (kind === 'number') return decimal;
  const base = letters[language] ?? letters.en!;
  if (kind === 'email') {
    const addEmail = (rows: string[]) => [...rows.slice(0, -1), '@ _ .com', ...rows.slice(-1)];
    return { default: addEmail(base.default), shift: addEmail(base.shift) };
  }
  return base;
}

/**
 * The built-in keyboard: Linux kiosks have no on-screen keyboard above a fullscreen window.
 * One sits at the bottom of the app, and each open dialog has its own (a modal dialog makes
 * the rest of the page inert), so each shows only for fields in its own place.
 */
export function OnScreenKeyboard({ inDialog = false }: { inDialog?: boolean }) {
  const { t, i18n } = useTranslation();
  const keyboard = useKeyboard();
  const [shift, setShift] = useState(false);
  const handle = keyboard.activeId ? keyboard.handles.get(keyboard.activeId) : undefined;
  if (!handle) return null;
  if (Boolean(handle.element?.closest('dialog')) !== inDialog) return null;
  const layout = layoutFor(handle.kind, i18n.language);
  const allKeys = [...new Set(Object.values(layout).flatMap((rows) => rows.flatMap((row) => row.split(' '))))];
  // simple-keyboard draws keys as divs: give them a role and names so screen readers can use them.
  const buttonAttributes = [
    { attribute: 'role', value: 'button', buttons: allKeys.join(' ') },
    { attribute: 'aria-label', value: t('keyboard.delete'), buttons: '{bksp}' },
    { attribute: 'aria-label', value: t('keyboard.shift'), buttons: '{shift}' },
    { attribute: 'aria-label', value: t('keyboard.space'), buttons: '{space}' },
    { attribute: 'aria-label', value: t('keyboard.done'), buttons: '{done}' },
  ];
  return (
    <aside className={`osk osk-${handle.kind}`} aria-label={t('keyboard.label')} data-testid="on-screen-keyboard">
      <div className="osk-bar">
        <button type="button" className="button secondary" onClick={keyboard.hide}>
          {t('keyboard.hide')}
        </button>
      </div>
      <Keyboard
        layout={layout}
        layoutName={shift && layout.shift ? 'shift' : 'default'}
        preventMouseDownDefault
        buttonAttributes={buttonAttributes}
        display={{ '{bksp}': '⌫', '{space}': t('keyboard.space'), '{done}': t('keyboard.done'), '{shift}': '⇧' }}
        mergeDisplay
        onKeyPress={(button: string) => {
          if (button === '{shift}') {
            setShift(!shift);
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
    </aside>
  );
}
