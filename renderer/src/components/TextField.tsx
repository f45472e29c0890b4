import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { directionOf, type LanguageCode } from '../../../shared/languages';
import { useKeyboard, type FieldKind } from './keyboard-context';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind?: FieldKind;
  error?: string;
  hint?: string;
  maxLength?: number;
  required?: boolean;
  multiline?: boolean;
  autoFocus?: boolean;
  name?: string;
  /** Open the on-screen keyboard for this field when the step shows (the first field of a form step). */
  openKeyboard?: boolean;
  /** Text in this language (a staff form's translation): typed in its direction, with its keyboard. */
  lang?: LanguageCode;
};

const inputMode = { text: 'text', email: 'email', tel: 'tel', number: 'decimal', pin: 'numeric' } as const;

/** A labelled field that opens the on-screen keyboard when touched; a physical keyboard works too. */
export function TextField({ label, value, onChange, kind = 'text', error, hint, maxLength, required, multiline, autoFocus, name, openKeyboard, lang }: Props) {
  const id = useId();
  const keyboard = useKeyboard();
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    keyboard.handles.set(id, { kind, value, onChange, maxLength, element: element.current, language: lang });
  });
  const { handles, release, activate } = keyboard;
  // Without moving focus (that stays on the step's heading for screen readers): the keys type here.
  useEffect(() => {
    if (openKeyboard) activate(id);
  }, []);
  useLayoutEffect(
    () => () => {
      // A field that goes away (next step of a flow) takes the keyboard with it.
      handles.delete(id);
      release(id);
    },
    [id, handles, release],
  );
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    ref: element,
    value,
    maxLength,
    required,
    autoFocus,
    autoComplete: 'off',
    lang,
    dir: lang ? directionOf(lang) : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onFocus: () => keyboard.activate(id),
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${keyboard.activeId === id ? 'field-typing' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={kind === 'pin' ? 'password' : kind === 'email' ? 'email' : kind === 'tel' ? 'tel' : 'text'} inputMode={inputMode[kind]} />
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
