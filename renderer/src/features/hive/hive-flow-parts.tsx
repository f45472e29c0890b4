// Pieces every patron hive flow (mentor, workshop, cancel) uses the same way.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../../app/shell-context';
import { Screen } from '../../components/Screen';
import { useKeyboard } from '../../components/keyboard-context';
import type { Contact } from './ContactFields';
import { formatPhone } from '../../../../shared/domain/format';

/** Step state whose setter closes the on-screen keyboard: the field it belonged to is gone on the next step. */
export function useFlowStep<Step extends string>(first: Step): [Step, (next: Step) => void] {
  const keyboard = useKeyboard();
  const [step, setStepState] = useState<Step>(first);
  const setStep = (next: Step) => {
    keyboard.hide();
    setStepState(next);
  };
  return [step, setStep];
}

export function BackButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button secondary" onClick={onClick}>
      {label ?? t('home.back')}
    </button>
  );
}

/** A step's actions: back (or change) and the primary button that moves on. */
export function StepActions(props: { onBack: () => void; backLabel?: string; next: string; onNext: () => void; busy?: boolean }) {
  return (
    <>
      <BackButton onClick={props.onBack} label={props.backLabel} />
      <button type="button" className="button primary" disabled={props.busy} onClick={props.onNext}>
        {props.next}
      </button>
    </>
  );
}

/** The last step: a status message and Finish, which ends the visit and wipes what the patron typed. */
export function FlowDone({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const shell = useShell();
  return (
    <Screen
      title={title}
      actions={
        <button type="button" className="button primary" onClick={shell.resetVisit}>
          {t('hive.finish')}
        </button>
      }
    >
      {children}
    </Screen>
  );
}

/** Name, phone and email rows of a review list (inside a <dl>). */
export function ContactReview({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('hive.contact.name')}</dt>
      <dd>{contact.name}</dd>
      <dt>{t('hive.contact.phone')}</dt>
      <dd>{contact.phone ? formatPhone(contact.phone) : '—'}</dd>
      <dt>{t('hive.contact.email')}</dt>
      <dd>{contact.email || '—'}</dd>
    </>
  );
}

/** Whether the slip came out of the kiosk printer or waits at the desk. */
export function SlipStatus({ printStatus }: { printStatus: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <strong>{printStatus === 'done' ? t('hive.slipPrinted') : t('hive.slipAtDesk')}</strong>
    </p>
  );
}
