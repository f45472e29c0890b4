import { useTranslation } from 'react-i18next';
import { useShell } from '../../app/shell-context';
import { TextField } from '../../components/TextField';

export function StaffBack() {
  const { t } = useTranslation();
  const shell = useShell();
  return (
    <button type="button" className="button secondary" onClick={() => shell.navigate('staff.home')}>
      {t('staff.home')}
    </button>
  );
}

/** What happened to a print request (roster, day sheet). */
export function PrintNote({ status }: { status: string | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <p role="status" className="hive-print-note">
      {status === 'done' ? t('hive.staff.printed') : status === 'desk' || status === 'failed' ? t('hive.staff.printFailed') : t('hive.staff.printQueued')}
    </p>
  );
}

/**
 * A labelled text input without the on-screen keyboard: inside a modal dialog the keyboard (outside the
 * dialog) cannot be reached, and the desk has a physical keyboard.
 */
export function DeskField(props: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; maxLength?: number }) {
  return (
    <div className={`field ${props.error ? 'field-invalid' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Discard and Save, the actions of every hive editor. */
export function EditorActions({ onDiscard, onSave }: { onDiscard: () => void; onSave: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button secondary" onClick={onDiscard}>
        {t('hive.staff.discard')}
      </button>
      <button type="button" className="button primary" onClick={onSave}>
        {t('hive.staff.save')}
      </button>
    </>
  );
}

/** A date or time picker with its label (the browser's own control, no on-screen keyboard needed). */
export function PickerField(props: { id: string; label: string; type: 'date' | 'time'; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type={props.type} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

/** The list with item i changed by patch. */
export const patchAt = <T,>(list: T[], i: number, patch: Partial<T>): T[] => list.map((x, j) => (j === i ? { ...x, ...patch } : x));

type DatedNote = { date: string; note: string };

/** Days with a note (a mentor's days off, branch closings): edit, remove, add one for today. */
export function DatedNotesEditor(props: { legend: string; idPrefix: string; addLabel: string; value: DatedNote[]; onChange: (next: DatedNote[]) => void }) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {value.map((d, i) => (
        <div key={i} className="hive-window">
          <PickerField id={`${props.idPrefix}-${i}`} label={t('hive.staff.date')} type="date" value={d.date} onChange={(date) => onChange(patchAt(value, i, { date }))} />
          <TextField label={t('hive.staff.note')} value={d.note} onChange={(note) => onChange(patchAt(value, i, { note }))} maxLength={120} />
          <button type="button" className="button small" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('hive.staff.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...value, { date: new Date().toISOString().slice(0, 10), note: '' }])}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
