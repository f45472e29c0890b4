import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell, type VisitCarry } from '../app/shell-context';
import { Dialog } from '../components/Dialog';
import { ReadAloudControl, useReadScreen } from '../speech/read-aloud';
import { useFlowFrame } from './flow';

export type StepAction = { label: string; onPress: () => void; busy?: boolean; disabled?: boolean };

type Props = {
  /** The one question or statement of the step, as the patron would read it aloud. */
  title: string;
  /** The title's language when it is not the screen's (a fallback from stored or imported text). */
  titleLang?: string;
  /** Under the title: what the step is about, a banner (next pickup), a chosen time. */
  intro?: ReactNode;
  /** The visit's contact fields this step shows filled in from an earlier service: the step says so, plainly. */
  prefilled?: readonly (keyof VisitCarry['contact'])[];
  children?: ReactNode;
  /** The action that moves on, large, at the end side. None on a step where a choice card moves on. */
  main?: StepAction | null;
  /** The main action saves (places the order, books, checks in): impossible while the kiosk cannot save, and said so. */
  saves?: boolean;
  /** Other actions, placed before the main one. */
  extra?: ReactNode;
  /** Back at the start side: the flow's previous step unless said; false for none. */
  back?: StepAction | false;
  /** Home: to the service choice, asking first if the patron entered something. `startOver` ends the visit. */
  home?: 'home' | 'startOver' | 'noConfirm';
  /** Landscape: beside the content (the cart beside the catalog). Portrait: under the content. */
  aside?: ReactNode;
  /** Landscape: the title column beside the content (question | answers). */
  split?: boolean;
  /** Replaces "Step n of N" (the screener's "Question 3 of 10"). */
  progress?: string;
  /** Text shown in the action bar beside the main action (cart count and total). */
  summary?: ReactNode;
  className?: string;
};

/**
 * The one layout of every patron step: progress and title on top, content that scrolls, and the action bar
 * fixed at the bottom (Back and Home at the start side, the main action large at the end side). The bar sits
 * above the on-screen keyboard, so the main action is never under it.
 */
export function StepLayout(props: Props) {
  const { t } = useTranslation();
  const shell = useShell();
  const frame = useFlowFrame();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = useRef<HTMLElement>(null);
  // Leaving the flow (Home, or Back from its first step) with something entered asks first.
  const [askLeave, setAskLeave] = useState<null | (() => void)>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [props.title]);
  // With read-aloud on, each step is read as it opens: progress, title, what it says, the choices, the main action.
  useReadScreen(step, `${props.progress ?? ''}${props.title}`);

  const progress = props.progress ?? (frame?.progress ? t('flow.progress', frame.progress) : null);
  const flowBack: StepAction | null = frame
    ? { label: t('flow.back'), onPress: () => (frame.atStart && frame.changed ? setAskLeave(() => frame.back) : frame.back()) }
    : null;
  const back = props.back === false ? null : (props.back ?? flowBack);
  const home = props.home ?? 'home';
  const goHome = () => {
    if (home === 'startOver') shell.resetVisit();
    else if (home === 'home' && frame?.changed) setAskLeave(() => () => shell.navigate('home'));
    else shell.navigate('home');
  };
  // Read-only (disk full): what the patron entered stays on screen, but nothing can be sent; they are told why.
  const cannotSave = Boolean(props.saves && shell.readOnly);
  const main = props.main && cannotSave ? { ...props.main, disabled: true } : props.main;
  const visit = shell.visit;
  const carried = visit !== null && (props.prefilled ?? []).some((field) => visit.contact[field].trim() !== '');
  const layout = [props.split ? 'step-split' : '', props.aside ? 'step-with-aside' : '', props.className ?? ''].join(' ');

  return (
    <main
      ref={step}
      className={`step ${layout}`}
      data-flow={frame?.flowId}
      data-step={frame?.stepId}
      data-progress={frame?.progress ? `${frame.progress.n}/${frame.progress.total}` : undefined}
    >
      <div className="step-body">
        <div className="step-head">
          <div className="step-head-top">
            {progress ? <p className="step-progress">{progress}</p> : null}
            <ReadAloudControl screen={step} />
          </div>
          <h1 ref={heading} tabIndex={-1} lang={props.titleLang}>
            {props.title}
          </h1>
          {carried ? (
            <p className="notice carried-note" data-testid="carried-note">
              {t('oneVisit.carried')}
            </p>
          ) : null}
          {props.intro}
        </div>
        <div className="step-content">
          {cannotSave ? (
            <p className="notice step-cannot-save" role="alert" data-testid="step-cannot-save">
              {t('readOnly.cannotSend')}
            </p>
          ) : null}
          {props.children}
        </div>
        {props.aside ? <div className="step-aside">{props.aside}</div> : null}
      </div>
      <div className="action-bar" role="group" aria-label={t('flow.actions')}>
        <div className="action-start">
          {back ? (
            <button type="button" className="button secondary action-back" data-action="back" disabled={back.disabled} onClick={back.onPress}>
              <span aria-hidden="true" className="action-arrow">
                ‹
              </span>
              {back.label}
            </button>
          ) : null}
          <button type="button" className="button secondary action-home" data-action="home" onClick={goHome}>
            {home === 'startOver' ? t('home.startOver') : t('flow.home')}
          </button>
        </div>
        <div className="action-end">
          {props.summary ? <div className="action-summary">{props.summary}</div> : null}
          {props.extra}
          {main ? (
            <button type="button" className="button primary main-action" data-action="main" disabled={main.disabled || main.busy} aria-busy={main.busy || undefined} onClick={main.onPress}>
              {main.label}
              <span aria-hidden="true" className="action-arrow">
                ›
              </span>
            </button>
          ) : null}
        </div>
      </div>
      {askLeave ? (
        <Dialog title={t('flow.homeConfirm')} role="alertdialog" onClose={() => setAskLeave(null)}>
          <p>{t('flow.homeConfirmBody')}</p>
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => setAskLeave(null)} autoFocus>
              {t('flow.stay')}
            </button>
            <button type="button" className="button primary" onClick={askLeave}>
              {t('flow.leave')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </main>
  );
}
