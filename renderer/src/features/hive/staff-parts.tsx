import { useTranslation } from 'react-i18next';
import { useShell } from '../../app/shell-context';

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
