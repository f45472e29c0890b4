import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A touch PIN pad that a physical keyboard can also type into. */
export function PinPad(props: { label: string; value: string; onChange: (value: string) => void; onSubmit: () => void; disabled?: boolean; submitLabel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const add = (digit: string) => {
    if (props.value.length < 8) props.onChange(props.value + digit);
  };
  return (
    <form
      className="pin-pad"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="pin-display"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value.replace(/\D/g, '').slice(0, 8))}
        autoFocus
      />
      {/* A keypad is never mirrored: 1 2 3 read from the left in every language, as on phones and card readers. */}
      <div className="pin-keys" dir="ltr">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" className="button pin-key" disabled={props.disabled} onClick={() => add(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="button pin-key" dir="auto" disabled={props.disabled} onClick={() => props.onChange('')}>
          {t('staff.clear')}
        </button>
        <button type="button" className="button pin-key" disabled={props.disabled} onClick={() => add('0')}>
          0
        </button>
        <button type="button" className="button pin-key" aria-label={t('staff.deleteDigit')} disabled={props.disabled} onClick={() => props.onChange(props.value.slice(0, -1))}>
          ⌫
        </button>
      </div>
      <button type="submit" className="button primary wide" disabled={props.disabled || props.value.length < 4}>
        {props.submitLabel}
      </button>
    </form>
  );
}
