import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessNeeds, visitReasons, type AccessNeed, type VisitReason } from '../../../../shared/domain/nurse-checkin';
import { screenerQuestions, type ScreenerAnswers } from '../../../../shared/domain/nurse-screener';
import { languageNames, type LanguageCode } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useRequestKey } from '../../app/request-key';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { LastCheckInNote, NurseClosedNotice, useNurseStatus } from './NurseHoursNotice';
import './nurse.css';

type Step = 'emergency' | 'name' | 'reasons' | 'language' | 'consent' | 'screener' | 'ticket';
type Ticket = { number: number; ahead: number; waitMinutes: number; printed: boolean; closesAt: string | null };
const AUTO_RETURN_SECONDS = 20;

/**
 * The patron's check-in, one route with steps. Everything typed lives in this component's state,
 * so the shell's reset (Done, idle, the 20-second return) wipes it by remounting.
 */
export function NurseCheckInScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [step, setStep] = useState<Step>('emergency');
  const [name, setName] = useState('');
  const [ratherNot, setRatherNot] = useState(false);
  const [reasons, setReasons] = useState<VisitReason[]>([]);
  const [language, setLanguage] = useState<LanguageCode>(shell.language);
  const [interpreter, setInterpreter] = useState(false);
  const [needs, setNeeds] = useState<AccessNeed[]>([]);
  const [answers, setAnswers] = useState<ScreenerAnswers>({});
  const [question, setQuestion] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  // One key per submit: a retry after a lost answer gets what the first try saved.
  const withKey = useRequestKey();
  const [sending, setSending] = useState(false);
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const nurse = useNurseStatus();

  const go = (next: Step) => {
    setProblem(null);
    setError(null);
    setStep(next);
  };
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

  const submit = async (screener: ScreenerAnswers | null) => {
    setSending(true);
    setError(null);
    const result = await kiosk.call(
      'nurse.checkIn',
      withKey({
        name: ratherNot || name.trim() === '' ? null : name.trim(),
        reasons,
        language,
        interpreter,
        accessNeeds: needs,
        screener,
      }),
    );
    setSending(false);
    if (!result.ok) {
      setError(result.error);
      // Check-in closed while the patron was answering: the closed notice says when the nurse is next in.
      if (result.error.code === 'nurse.closed-now') nurse.refresh();
      return;
    }
    // Drop what was typed as soon as the ticket exists; only the number stays on screen.
    setName('');
    setAnswers({});
    setReasons([]);
    setTicket(result.value);
    go('ticket');
  };

  const cancel = (
    <button type="button" className="button secondary" onClick={shell.resetVisit}>
      {t('nurse.checkIn.cancel')}
    </button>
  );
  const back = (to: Step) => (
    <button type="button" className="button secondary" onClick={() => go(to)}>
      {t('nurse.checkIn.back')}
    </button>
  );

  if (step !== 'ticket' && nurse.status && !nurse.status.open) return <NurseClosedNotice status={nurse.status} onHome={shell.resetVisit} />;

  if (step === 'emergency') {
    return (
      <Screen
        title={t('nurse.emergency.title')}
        actions={
          <>
            <button type="button" className="button primary" onClick={() => go('name')}>
              {t('nurse.emergency.continue')}
            </button>
            {cancel}
          </>
        }
      >
        <p className="nurse-emergency" role="note">
          {t('nurse.emergency.body')}
        </p>
        <p>{t('nurse.emergency.intro')}</p>
      </Screen>
    );
  }

  if (step === 'name') {
    const next = () => {
      if (!ratherNot && name.trim() === '') {
        setProblem(t('nurse.checkIn.nameRequired'));
        return;
      }
      go('reasons');
    };
    return (
      <Screen
        title={t('nurse.checkIn.nameTitle')}
        actions={
          <>
            <button type="button" className="button primary" onClick={next}>
              {t('nurse.checkIn.next')}
            </button>
            {back('emergency')}
            {cancel}
          </>
        }
      >
        <div className="form">
          {ratherNot ? null : (
            <TextField label={t('nurse.checkIn.nameLabel')} hint={t('nurse.checkIn.nameHint')} value={name} maxLength={40} onChange={setName} error={problem ?? undefined} />
          )}
          <label className="nurse-choice">
            <input
              type="checkbox"
              checked={ratherNot}
              onChange={(e) => {
                setRatherNot(e.target.checked);
                if (e.target.checked) setName('');
                setProblem(null);
              }}
            />
            {t('nurse.checkIn.ratherNot')}
          </label>
        </div>
      </Screen>
    );
  }

  if (step === 'reasons') {
    return (
      <Screen
        title={t('nurse.checkIn.reasonsTitle')}
        actions={
          <>
            <button type="button" className="button primary" onClick={() => (reasons.length === 0 ? setProblem(t('nurse.checkIn.reasonsRequired')) : go('language'))}>
              {t('nurse.checkIn.next')}
            </button>
            {back('name')}
            {cancel}
          </>
        }
      >
        <fieldset className="nurse-choices" aria-describedby="reasons-hint">
          <legend className="visually-hidden">{t('nurse.checkIn.reasonsTitle')}</legend>
          {visitReasons.map((reason) => (
            <label key={reason} className="nurse-choice">
              <input type="checkbox" checked={reasons.includes(reason)} onChange={(e) => setReasons(toggle(reasons, reason, e.target.checked))} />
              {t(`nurse.reasons.${reason}`)}
            </label>
          ))}
        </fieldset>
        <p className="hint" id="reasons-hint">
          {t('nurse.checkIn.reasonsHint')}
        </p>
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
      </Screen>
    );
  }

  if (step === 'language') {
    return (
      <Screen
        title={t('nurse.checkIn.languageTitle')}
        actions={
          <>
            <button type="button" className="button primary" onClick={() => go('consent')}>
              {t('nurse.checkIn.next')}
            </button>
            {back('reasons')}
            {cancel}
          </>
        }
      >
        <div className="form">
          <fieldset className="nurse-choices">
            <legend>{t('nurse.checkIn.languageLabel')}</legend>
            {shell.settings.languages.map((code) => (
              <label key={code} className="nurse-choice" lang={code}>
                <input type="radio" name="nurse-language" checked={language === code} onChange={() => setLanguage(code)} />
                {languageNames[code]}
              </label>
            ))}
          </fieldset>
          <label className="nurse-choice">
            <input type="checkbox" checked={interpreter} onChange={(e) => setInterpreter(e.target.checked)} />
            {t('nurse.checkIn.interpreter')}
          </label>
          <fieldset className="nurse-choices">
            <legend>{t('nurse.checkIn.accessLabel')}</legend>
            {accessNeeds.map((need) => (
              <label key={need} className="nurse-choice">
                <input type="checkbox" checked={needs.includes(need)} onChange={(e) => setNeeds(toggle(needs, need, e.target.checked))} />
                {t(`nurse.access.${need}`)}
              </label>
            ))}
          </fieldset>
        </div>
      </Screen>
    );
  }

  if (step === 'consent') {
    return (
      <Screen
        title={t('nurse.screener.consentTitle')}
        actions={
          <>
            <button
              type="button"
              className="button primary"
              onClick={() => {
                setQuestion(0);
                go('screener');
              }}
            >
              {t('nurse.screener.yes')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={sending}
              onClick={() => {
                setAnswers({});
                void submit(null);
              }}
            >
              {sending ? t('nurse.checkIn.sending') : t('nurse.screener.no')}
            </button>
            {back('language')}
          </>
        }
      >
        <p>{t('nurse.screener.consentBody')}</p>
        <ErrorText error={error} />
      </Screen>
    );
  }

  if (step === 'screener') {
    const q = screenerQuestions[question] ?? screenerQuestions[0];
    const last = question === screenerQuestions.length - 1;
    const current: readonly string[] = (() => {
      const value = answers[q.id];
      if (value === undefined) return [];
      return Array.isArray(value) ? value : [value];
    })();
    const withAnswer = (values: string[]): ScreenerAnswers => {
      // Stored as the schema wants it: a list for the multi-choice question, one value otherwise.
      const next: Record<string, unknown> = { ...answers };
      if (values.length === 0) delete next[q.id];
      else next[q.id] = q.multiple ? values : values[0];
      return next as ScreenerAnswers;
    };
    const setAnswer = (values: string[]) => setAnswers(withAnswer(values));
    const advance = (latest: ScreenerAnswers) => {
      if (last) void submit(latest);
      else setQuestion(question + 1);
    };
    return (
      <Screen
        title={t('nurse.screener.consentTitle')}
        actions={
          <>
            <button type="button" className="button primary" disabled={sending} onClick={() => advance(answers)}>
              {last ? t('nurse.checkIn.finish') : t('nurse.checkIn.next')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={sending}
              onClick={() => {
                const skipped = withAnswer([]);
                setAnswers(skipped);
                advance(skipped);
              }}
            >
              {t('nurse.screener.skip')}
            </button>
            <button type="button" className="button secondary" onClick={() => (question === 0 ? go('consent') : setQuestion(question - 1))}>
              {t('nurse.checkIn.back')}
            </button>
          </>
        }
      >
        <p className="nurse-progress">{t('nurse.screener.progress', { n: question + 1, total: screenerQuestions.length })}</p>
        <fieldset className="nurse-choices" key={q.id}>
          <legend className="nurse-question">{t(`nurse.screener.questions.${q.id}.text`)}</legend>
          {q.multiple ? <p className="hint">{t('nurse.screener.chooseAll')}</p> : null}
          {q.options.map((option) => (
            <label key={option} className="nurse-choice">
              <input
                type={q.multiple ? 'checkbox' : 'radio'}
                name={`screener-${q.id}`}
                checked={current.includes(option)}
                onChange={(e) => {
                  if (!q.multiple) setAnswer([option]);
                  // "None of these" excludes the other choices and the other way round.
                  else if (option === 'none') setAnswer(e.target.checked ? ['none'] : []);
                  else setAnswer(toggle(current.filter((c) => c !== 'none'), option, e.target.checked));
                }}
              />
              {t(`nurse.screener.questions.${q.id}.options.${option}`)}
            </label>
          ))}
        </fieldset>
        <ErrorText error={error} />
      </Screen>
    );
  }

  return <TicketStep ticket={ticket} onDone={shell.resetVisit} />;
}

function TicketStep({ ticket, onDone }: { ticket: Ticket | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [secondsLeft, setSecondsLeft] = useState(AUTO_RETURN_SECONDS);
  useEffect(() => {
    // Counted from the clock, not from ticks: a throttled or late timer still clears on time.
    const deadline = Date.now() + AUTO_RETURN_SECONDS * 1000;
    const timer = setInterval(() => setSecondsLeft(Math.ceil((deadline - Date.now()) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (secondsLeft <= 0) onDone();
  }, [secondsLeft, onDone]);
  if (!ticket) return null;
  return (
    <Screen
      title={t('nurse.ticket.title')}
      className="nurse-ticket"
      actions={
        <button type="button" className="button primary" onClick={onDone}>
          {t('nurse.ticket.done')}
        </button>
      }
    >
      <p>{t('nurse.ticket.numberLabel')}</p>
      <p className="nurse-ticket-number" data-testid="nurse-ticket-number">
        {ticket.number}
      </p>
      <p>{ticket.ahead === 0 ? t('nurse.ticket.next') : t('nurse.ticket.wait', { minutes: ticket.waitMinutes })}</p>
      <LastCheckInNote closesAt={ticket.closesAt} />
      <p>{ticket.printed ? t('nurse.ticket.printed') : t('nurse.ticket.notPrinted')}</p>
      <p>{t('nurse.ticket.watch')}</p>
      <p className="hint" aria-live="off">
        {t('nurse.ticket.autoReturn', { count: Math.max(0, secondsLeft) })}
      </p>
    </Screen>
  );
}
