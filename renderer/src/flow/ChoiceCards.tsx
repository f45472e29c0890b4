import type { ReactNode } from 'react';
import type { ScreenIllustration } from '../../../shared/domain/pictures';
import { Picture } from './Picture';

export type Choice<V extends string> = { value: V; label: ReactNode; detail?: ReactNode; picture?: ScreenIllustration | string; lang?: string };

/**
 * Answers as large cards: the whole card is the target. One choice (`multiple` false) is a radio group and
 * tapping a card chooses it (the step usually moves on); several choices are toggle buttons.
 */
export function ChoiceCards<V extends string>(props: {
  label: string;
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onChoose: (value: V) => void;
  multiple?: boolean;
  error?: string;
  errorId?: string;
  layout?: 'list' | 'grid';
}) {
  const { multiple = false } = props;
  return (
    <div className="choice-block">
      <div
        className={`choice-cards choice-${props.layout ?? 'list'}`}
        role={multiple ? 'group' : 'radiogroup'}
        aria-label={props.label}
        aria-describedby={props.error ? props.errorId : undefined}
      >
        {props.choices.map((choice) => {
          const on = props.selected.includes(choice.value);
          return (
            <button
              key={choice.value}
              type="button"
              lang={choice.lang}
              className="choice-card"
              role={multiple ? undefined : 'radio'}
              aria-checked={multiple ? undefined : on}
              aria-pressed={multiple ? on : undefined}
              data-choice={choice.value}
              onClick={() => props.onChoose(choice.value)}
            >
              {choice.picture ? <Picture picture={choice.picture} className="choice-picture" /> : null}
              <span className="choice-text">
                <span className="choice-label">{choice.label}</span>
                {choice.detail ? <span className="choice-detail">{choice.detail}</span> : null}
              </span>
              <span className="choice-mark" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
            </button>
          );
        })}
      </div>
      {props.error ? (
        <p className="field-error" id={props.errorId} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
