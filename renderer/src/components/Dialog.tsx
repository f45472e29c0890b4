import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useReadScreen } from '../speech/read-aloud';
import { OnScreenKeyboard } from './OnScreenKeyboard';

/** A modal on the native <dialog>: focus is trapped, Escape closes, the heading names it. */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; role?: 'dialog' | 'alertdialog' }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  // With read-aloud on, a dialog is read as it opens (its title, its text, its buttons).
  useReadScreen(ref, props.title);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={props.role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <OnScreenKeyboard inDialog />
    </dialog>
  );
}
