import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import type { WorkshopView } from '../../../../shared/contract/hive';
import type { KioskError } from '../../../../shared/result';
import { useRequestKey } from '../../app/request-key';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { ContactFields, useContactCheck, type Contact, type ContactErrors } from './ContactFields';
import { limitReached, PatronLimitNotice, usePatronLimits } from './PatronLimitNotice';
import { BackButton, ContactReview, FlowDone, SlipStatus, StepActions, useFlowStep } from './hive-flow-parts';
import { useFormats } from './hive-format';
import { WaitlistNotice } from './WaitlistNotice';
import { textIn } from '../../../../shared/localised-text';

type Registered = OperationOutput<'hive.register'>;
type Step = 'list' | 'form' | 'review' | 'done';

/** Join a workshop: choose → contact (+ questions) → review → registered or waitlisted. */
export function WorkshopFlow({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const language = shell.language;
  const fmt = useFormats(language, shell.settings.timeZone);
  const checkContact = useContactCheck();
  const [list, setList] = useState<WorkshopView[] | null>(null);
  const [step, setStep] = useFlowStep<Step>('list');
  const [chosen, setChosen] = useState<WorkshopView | null>(null);
  const [contact, setContact] = useState<Contact>({ name: '', phone: '', email: '' });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ContactErrors>({});
  const [error, setError] = useState<KioskError | null>(null);
  // One key per submit: a retry after a lost answer gets what the first try saved.
  const withKey = useRequestKey();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Registered | null>(null);
  const limits = usePatronLimits(contact, chosen?.id);

  const load = async () => {
    const r = await kiosk.call('hive.workshops', {});
    if (r.ok) setList(r.value);
    else setError(r.error);
  };
  useEffect(() => {
    void load();
  }, []);

  const dates = (w: WorkshopView) =>
    w.starts.map((s, i) => `${fmt.day(s)}, ${fmt.time(s)}–${w.sessions[i]?.end ? fmt.time(endOf(w, i)) : ''}`);

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    const r = await kiosk.call(
      'hive.register',
      withKey({
        workshopId: chosen.id,
        language,
        answers: chosen.questions.map((q) => ({ questionId: q.id, answer: answers[q.id] ?? '' })).filter((a) => a.answer.trim()),
        ...contact,
      }),
    );
    setBusy(false);
    if (r.ok) {
      setResult(r.value);
      setStep('done');
    } else setError(r.error);
  };

  if (step === 'list') {
    return (
      <Screen title={t('hive.workshop.listTitle')} actions={<BackButton onClick={onBack} />}>
        <ErrorText error={error} />
        {list && list.length === 0 ? <p>{t('hive.workshop.none')}</p> : null}
        <ul className="hive-cards">
          {(list ?? []).map((w) => {
            const full = w.seatsLeft === 0 || w.waitlisted > 0;
            return (
              <li key={w.id}>
                <article className="hive-card" aria-labelledby={`hive-w-${w.id}`}>
                  <h2 id={`hive-w-${w.id}`}>{textIn(w.title, language)}</h2>
                  {w.sessions.length > 1 ? <p className="hive-badge">{t('hive.workshop.series', { count: w.sessions.length })}</p> : null}
                  <p>{textIn(w.description, language)}</p>
                  <ul>
                    {dates(w).map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                  <p>
                    {textIn(w.room, language)} · {w.presenter}
                  </p>
                  <p>
                    <strong>{full ? t('hive.workshop.full', { count: w.waitlisted }) : t('hive.workshop.seatsLeft', { count: w.seatsLeft })}</strong>
                  </p>
                  <button
                    type="button"
                    className="button primary"
                    onClick={() => {
                      setChosen(w);
                      setError(null);
                      setStep('form');
                    }}
                  >
                    {full ? t('hive.workshop.joinWaitlist') : t('hive.workshop.register')}
                  </button>
                </article>
              </li>
            );
          })}
        </ul>
      </Screen>
    );
  }

  const title = chosen ? textIn(chosen.title, language) : '';

  if (step === 'form') {
    return (
      <Screen
        title={t('hive.workshop.formTitle')}
        actions={
          <StepActions
            onBack={() => setStep('list')}
            next={t('hive.next')}
            onNext={() => {
              const found = checkContact(contact);
              setErrors(found);
              if (Object.keys(found).length === 0 && !limitReached(limits, 'workshop')) setStep('review');
            }}
          />
        }
      >
        <p>{title}</p>
        <ErrorText error={error} />
        <div className="form">
          <ContactFields value={contact} onChange={setContact} errors={errors} />
          <PatronLimitNotice limits={limits} kind="workshop" />
          {(chosen?.questions ?? []).map((q) => (
            <TextField key={q.id} label={textIn(q.label, language)} value={answers[q.id] ?? ''} onChange={(v) => setAnswers({ ...answers, [q.id]: v })} maxLength={200} />
          ))}
        </div>
      </Screen>
    );
  }

  if (step === 'review' && chosen) {
    const full = chosen.seatsLeft === 0 || chosen.waitlisted > 0;
    return (
      <Screen
        title={t('hive.workshop.reviewTitle')}
        actions={
          <StepActions
            onBack={() => setStep('form')}
            backLabel={t('hive.change')}
            next={full ? t('hive.workshop.confirmWaitlist') : t('hive.workshop.confirm')}
            onNext={() => void confirm()}
            busy={busy}
          />
        }
      >
        <ErrorText error={error} />
        <dl className="hive-review">
          <dt>{t('hive.review.workshop')}</dt>
          <dd>{title}</dd>
          <dt>{t('hive.review.when')}</dt>
          <dd>
            {dates(chosen).map((d) => (
              <span key={d} className="pre-line">
                {d}
                {'\n'}
              </span>
            ))}
          </dd>
          <dt>{t('hive.review.room')}</dt>
          <dd>{textIn(chosen.room, language)}</dd>
          <ContactReview contact={contact} />
          {chosen.questions.map((q) => (
            <div key={q.id} className="contents">
              <dt>{textIn(q.label, language)}</dt>
              <dd>{answers[q.id] || '—'}</dd>
            </div>
          ))}
        </dl>
        {full ? <p>{t('hive.workshop.fullNotice')}</p> : null}
        {full ? <WaitlistNotice position={chosen.waitlisted + 1} contact={contact} joining /> : null}
      </Screen>
    );
  }

  return (
    <FlowDone title={result?.status === 'waitlisted' ? t('hive.workshop.waitlistedTitle') : t('hive.workshop.doneTitle')}>
      {result ? (
        <div className="hive-done" role="status">
          {result.status === 'waitlisted' ? (
            <WaitlistNotice position={result.position ?? 0} contact={result} />
          ) : (
            <p>
              <strong>{t('hive.workshop.doneBody', { title })}</strong>
            </p>
          )}
          <dl className="hive-review">
            <dt>{t('hive.review.workshop')}</dt>
            <dd>{title}</dd>
            <dt>{t('hive.review.code')}</dt>
            <dd className="hive-code">{result.code}</dd>
          </dl>
          {result.status === 'registered' ? <p>{t('hive.workshop.showCode')}</p> : null}
          <SlipStatus printStatus={result.printStatus} />
        </div>
      ) : null}
    </FlowDone>
  );
}

/** The end instant of session i: same day as its start, the session's end wall time. */
function endOf(w: WorkshopView, i: number): string {
  const start = Date.parse(w.starts[i] ?? '');
  const s = w.sessions[i];
  if (!s) return new Date(start).toISOString();
  const [sh, sm] = s.start.split(':').map(Number);
  const [eh, em] = s.end.split(':').map(Number);
  return new Date(start + (((eh ?? 0) - (sh ?? 0)) * 60 + ((em ?? 0) - (sm ?? 0))) * 60_000).toISOString();
}
