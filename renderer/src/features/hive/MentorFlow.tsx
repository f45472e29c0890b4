import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import type { OpenSlot } from '../../../../shared/contract/hive';
import { languageNames, type LanguageCode } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useRequestKey } from '../../app/request-key';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { CancelDeadlineNote, NoKioskCancelTag } from './CancelDeadlineNote';
import { ContactFields, useContactCheck, type Contact, type ContactErrors } from './ContactFields';
import { limitReached, PatronLimitNotice, usePatronLimits } from './PatronLimitNotice';
import { BackButton, ContactReview, FlowDone, SlipStatus, StepActions, useFlowStep } from './hive-flow-parts';
import { firstName, useFormats } from './hive-format';
import { textIn } from '../../../../shared/localised-text';

type Catalog = OperationOutput<'hive.catalog'>;
type Booked = OperationOutput<'hive.book'>;
type Step = 'help' | 'times' | 'intake' | 'review' | 'done';
const stages = ['idea', 'started', 'growing'] as const;
type Stage = (typeof stages)[number];

/** Meet a mentor: help wanted → open times → intake → review → confirmation. */
export function MentorFlow({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const language = shell.language;
  const fmt = useFormats(language, shell.settings.timeZone);
  const checkContact = useContactCheck();
  // One key per submit: a retry after a lost answer gets what the first try saved.
  const withKey = useRequestKey();
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [step, setStep] = useFlowStep<Step>('help');
  const [area, setArea] = useState('');
  const [mode, setMode] = useState<'first' | 'mentor'>('first');
  const [mentorId, setMentorId] = useState('');
  const [speaks, setSpeaks] = useState<LanguageCode | 'any'>('any');
  const [limit, setLimit] = useState(8);
  const [slots, setSlots] = useState<OpenSlot[] | null>(null);
  const [chosen, setChosen] = useState<OpenSlot | null>(null);
  const [stage, setStage] = useState<Stage | ''>('');
  const [industry, setIndustry] = useState('');
  const [wants, setWants] = useState('');
  const [contact, setContact] = useState<Contact>({ name: '', phone: '', email: '' });
  const [errors, setErrors] = useState<ContactErrors & { stage?: string }>({});
  const [error, setError] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  const [booked, setBooked] = useState<Booked | null>(null);
  const limits = usePatronLimits(contact);

  useEffect(() => {
    void kiosk.call('hive.catalog', {}).then((r) => (r.ok ? setCatalog(r.value) : setError(r.error)));
  }, []);

  const loadTimes = useCallback(async () => {
    if (mode === 'mentor' && !mentorId) {
      setSlots(null);
      return;
    }
    const r = await kiosk.call('hive.openTimes', {
      area: area || undefined,
      mentorId: mode === 'mentor' ? mentorId : undefined,
      language: speaks === 'any' ? undefined : speaks,
      limit,
    });
    if (r.ok) setSlots(r.value);
    else setError(r.error);
  }, [area, mode, mentorId, speaks, limit]);

  useEffect(() => {
    if (step === 'times') void loadTimes();
  }, [step, loadTimes]);

  const mentor = (id: string) => catalog?.mentors.find((m) => m.id === id);
  const areaName = (id: string) => {
    const a = catalog?.areas.find((x) => x.id === id);
    return a ? textIn(a.name, language) : id;
  };
  const mentorsForArea = (catalog?.mentors ?? []).filter((m) => (!area || m.areas.includes(area)) && (speaks === 'any' || m.languages.includes(speaks)));

  const back = (to: Step | 'start') => {
    setError(null);
    if (to === 'start') onBack();
    else setStep(to);
  };

  const toReview = () => {
    const found: ContactErrors & { stage?: string } = checkContact(contact);
    if (!stage) found.stage = t('hive.errors.stage-missing');
    setErrors(found);
    if (Object.keys(found).length === 0 && !limitReached(limits, 'mentor')) setStep('review');
  };

  const confirm = async () => {
    if (!chosen || !stage) return;
    setBusy(true);
    setError(null);
    const r = await kiosk.call('hive.book', withKey({ mentorId: chosen.mentorId, start: chosen.start, area, stage, industry, wants, language, ...contact }));
    setBusy(false);
    if (r.ok) {
      setBooked(r.value);
      setStep('done');
      return;
    }
    setError(r.error);
    // The time was taken or is no longer bookable: show the next open times.
    if (r.error.code.startsWith('hive.slot-')) {
      setChosen(null);
      setStep('times');
      void loadTimes();
    } else if (r.error.code === 'hive.contact-missing' || r.error.code.endsWith('-invalid')) {
      setErrors(checkContact(contact));
      setStep('intake');
    }
  };

  if (step === 'help') {
    return (
      <Screen title={t('hive.mentor.helpTitle')} actions={<BackButton onClick={() => back('start')} />}>
        <ErrorText error={error} />
        <ul className="hive-choices">
          {(catalog?.areas ?? []).map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="hive-choice"
                onClick={() => {
                  setArea(a.id);
                  setMentorId('');
                  setStep('times');
                }}
              >
                {textIn(a.name, language)}
              </button>
            </li>
          ))}
        </ul>
      </Screen>
    );
  }

  if (step === 'times') {
    return (
      <Screen title={t('hive.mentor.timesTitle')} actions={<BackButton onClick={() => back('help')} />}>
        <p>{t('hive.mentor.helpWith', { area: areaName(area) })}</p>
        <ErrorText error={error} />
        <div className="hive-filters">
          <fieldset>
            <legend>{t('hive.mentor.show')}</legend>
            <button type="button" className="button small" aria-pressed={mode === 'first'} onClick={() => setMode('first')}>
              {t('hive.mentor.firstAvailable')}
            </button>
            <button type="button" className="button small" aria-pressed={mode === 'mentor'} onClick={() => setMode('mentor')}>
              {t('hive.mentor.byMentor')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('hive.mentor.speaks')}</legend>
            <button type="button" className="button small" aria-pressed={speaks === 'any'} onClick={() => setSpeaks('any')}>
              {t('hive.mentor.anyLanguage')}
            </button>
            {shell.settings.languages.map((code) => (
              <button key={code} type="button" className="button small" lang={code} aria-pressed={speaks === code} onClick={() => setSpeaks(code)}>
                {languageNames[code]}
              </button>
            ))}
          </fieldset>
        </div>
        {mode === 'mentor' ? (
          <section aria-labelledby="hive-mentors-heading" className="hive-section">
            <h2 id="hive-mentors-heading">{t('hive.mentor.chooseMentor')}</h2>
            {mentorsForArea.length === 0 ? <p>{t('hive.mentor.noMentors')}</p> : null}
            <ul className="hive-choices">
              {mentorsForArea.map((m) => (
                <li key={m.id}>
                  <button type="button" className="hive-choice" aria-pressed={mentorId === m.id} onClick={() => setMentorId(m.id)}>
                    {m.displayName}
                    <small>{textIn(m.bio, language)}</small>
                    <small>
                      {t('hive.mentor.languages')}: {m.languages.map((l) => languageNames[l]).join(', ')}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {slots ? (
          <section aria-labelledby="hive-times-heading" className="hive-section">
            <h2 id="hive-times-heading">{t('hive.mentor.openTimes')}</h2>
            {slots.length === 0 ? <p>{t('hive.mentor.noTimes')}</p> : null}
            <ul className="hive-slots">
              {slots.map((s) => {
                const m = mentor(s.mentorId);
                return (
                  <li key={`${s.mentorId}-${s.start}`}>
                    <button
                      type="button"
                      className="hive-slot"
                      onClick={() => {
                        setChosen(s);
                        setError(null);
                        setStep('intake');
                      }}
                    >
                      <strong>
                        {fmt.day(s.start)}, {fmt.time(s.start)}
                      </strong>
                      {t('hive.mentor.withMentor', { name: firstName(m?.displayName ?? ''), minutes: m?.sessionMinutes ?? 0 })}
                      <NoKioskCancelTag rule={s} />
                    </button>
                  </li>
                );
              })}
            </ul>
            {slots.length >= limit && limit < 60 ? (
              <button type="button" className="button secondary" onClick={() => setLimit((l) => Math.min(60, l + 8))}>
                {t('hive.mentor.moreTimes')}
              </button>
            ) : null}
          </section>
        ) : null}
      </Screen>
    );
  }

  const chosenMentor = chosen ? mentor(chosen.mentorId) : undefined;
  const when = chosen ? `${fmt.day(chosen.start)}, ${fmt.time(chosen.start)}` : '';

  if (step === 'intake') {
    return (
      <Screen
        title={t('hive.mentor.intakeTitle')}
        actions={<StepActions onBack={() => back('times')} next={t('hive.next')} onNext={toReview} />}
      >
        <p>{t('hive.mentor.chosen', { when, name: firstName(chosenMentor?.displayName ?? '') })}</p>
        <ErrorText error={error} />
        <div className="form">
          <fieldset aria-describedby={errors.stage ? 'hive-stage-error' : undefined}>
            <legend>{t('hive.intake.stage')}</legend>
            <div className="hive-stage">
              {stages.map((s) => (
                <label key={s}>
                  <input type="radio" name="hive-stage" value={s} checked={stage === s} onChange={() => setStage(s)} />
                  {t(`hive.stage.${s}`)}
                </label>
              ))}
            </div>
            {errors.stage ? (
              <p className="field-error" id="hive-stage-error">
                {errors.stage}
              </p>
            ) : null}
          </fieldset>
          <TextField label={t('hive.intake.industry')} hint={t('hive.intake.industryHint')} value={industry} onChange={setIndustry} maxLength={80} />
          <TextField label={t('hive.intake.wants')} value={wants} onChange={setWants} maxLength={400} multiline />
          <ContactFields value={contact} onChange={setContact} errors={errors} />
          <PatronLimitNotice limits={limits} kind="mentor" />
        </div>
      </Screen>
    );
  }

  if (step === 'review') {
    return (
      <Screen
        title={t('hive.mentor.reviewTitle')}
        actions={<StepActions onBack={() => back('intake')} backLabel={t('hive.change')} next={t('hive.mentor.confirm')} onNext={() => void confirm()} busy={busy} />}
      >
        <ErrorText error={error} />
        <dl className="hive-review">
          <dt>{t('hive.review.when')}</dt>
          <dd>{when}</dd>
          <dt>{t('hive.review.mentor')}</dt>
          <dd>{chosenMentor?.displayName}</dd>
          <dt>{t('hive.review.room')}</dt>
          <dd>{textIn(chosenMentor?.room, language)}</dd>
          <dt>{t('hive.review.help')}</dt>
          <dd>{areaName(area)}</dd>
          <dt>{t('hive.intake.stage')}</dt>
          <dd>{stage ? t(`hive.stage.${stage}`) : ''}</dd>
          <dt>{t('hive.intake.industry')}</dt>
          <dd>{industry || '—'}</dd>
          <dt>{t('hive.intake.wants')}</dt>
          <dd>{wants || '—'}</dd>
          <ContactReview contact={contact} />
        </dl>
        {chosen ? <CancelDeadlineNote rule={chosen} cutoffHours={catalog?.rules.cancelCutoffHours ?? 0} /> : null}
      </Screen>
    );
  }

  return (
    <FlowDone title={t('hive.mentor.doneTitle')}>
      {booked ? (
        <div className="hive-done" role="status">
          <p>{t('hive.mentor.doneBody', { name: firstName(booked.mentorName) })}</p>
          <dl className="hive-review">
            <dt>{t('hive.review.when')}</dt>
            <dd>
              {fmt.day(booked.start)}, {fmt.time(booked.start)}
            </dd>
            <dt>{t('hive.review.mentor')}</dt>
            <dd>{firstName(booked.mentorName)}</dd>
            <dt>{t('hive.review.room')}</dt>
            <dd>{textIn(booked.room, language)}</dd>
            <dt>{t('hive.review.code')}</dt>
            <dd className="hive-code">{booked.code}</dd>
          </dl>
          <p>{t('hive.bring', { what: catalog ? textIn(catalog.whatToBring, language) : '' })}</p>
          <CancelDeadlineNote rule={booked} cutoffHours={catalog?.rules.cancelCutoffHours ?? 0} />
          <SlipStatus printStatus={booked.printStatus} />
        </div>
      ) : null}
    </FlowDone>
  );
}
