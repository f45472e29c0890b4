import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop, WorkshopView } from '../../../../shared/contract/hive';
import { addDays, localDateOf } from '../../../../shared/domain/hive-time';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText, useFieldError } from '../../components/ErrorText';
import { MoreRows, usePaged } from '../../components/Paged';
import { Screen } from '../../components/Screen';
import { LocalisedTextField } from '../../components/LocalisedTextField';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';

import { EditorActions, patchAt, PickerField, StaffBack } from './staff-parts';
import { PromotionCalls } from './PromotionCalls';
import './hive.css';
import { textIn, type LocalisedText } from '../../../../shared/localised-text';
import { formatDateTime } from '../../../../shared/domain/format';

/** Every workshop (past and future) with a way to add one. */
export function HiveWorkshopsScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const workshops = usePaged((page) => kiosk.call('hive.allWorkshops', page), []);
  const dateTime = (iso: string) => formatDateTime(iso, shell.language, shell.settings.timeZone);
  return (
    <Screen
      title={t('hive.staff.workshopsTitle')}
      actions={
        <>
          <StaffBack />
          <button type="button" className="button primary" onClick={() => shell.navigate('hive.staff.editWorkshop')}>
            {t('hive.staff.newWorkshop')}
          </button>
        </>
      }
    >
      <ErrorText error={workshops.error} />
      <PromotionCalls />
      <ul className="hive-choices">
        {workshops.items.map((w: WorkshopView) => (
          <li key={w.id}>
            <button type="button" className="hive-choice" onClick={() => shell.navigate('hive.staff.workshop', { id: w.id })}>
              {textIn(w.title, shell.language)}
              {w.cancelled ? ` (${t('hive.status.cancelled')})` : ''}
              <small>{w.starts.map((s) => dateTime(s)).join(' · ')}</small>
              <small>{t('hive.staff.fill', { registered: w.registered, capacity: w.capacity, waitlisted: w.waitlisted })}</small>
            </button>
          </li>
        ))}
      </ul>
      <MoreRows shown={workshops.items.length} total={workshops.total} hasMore={workshops.hasMore} onMore={() => void workshops.more()} />
    </Screen>
  );
}

type Draft = Omit<Workshop, 'id' | 'capacity'> & { id?: string; capacity: string };

/** Create or change a workshop: texts per language, sessions (several for a series), capacity, questions. */
export function HiveWorkshopEditScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const id = shell.route.params?.id;
  const [areas, setAreas] = useState<{ id: string; name: LocalisedText }[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const fieldError = useFieldError(error);
  useEffect(() => {
    void kiosk.call('hive.catalog', {}).then((r) => r.ok && setAreas(r.value.areas));
    if (!id) {
      const date = addDays(localDateOf(new Date(), shell.settings.timeZone), 7);
      setDraft({ title: {}, description: {}, area: 'business-plan', room: {}, presenter: '', capacity: '20', sessions: [{ date, start: '18:00', end: '19:30' }], questions: [], cancelled: false });
      return;
    }
    void kiosk.call('hive.workshopDetail', { id }).then((r) => {
      if (!r.ok) return setError(r.error);
      const { registered: _r, waitlisted: _w, seatsLeft: _s, starts: _st, ...w } = r.value.workshop;
      setDraft({ ...w, capacity: String(w.capacity) });
    });
  }, [id, shell.settings.timeZone]);

  if (!draft) return <Screen title={t('hive.staff.editWorkshop')}>{error ? <ErrorText error={error} /> : null}</Screen>;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    const r = await kiosk.call('hive.saveWorkshop', { ...draft, capacity: Number(draft.capacity) });
    if (r.ok) shell.navigate('hive.staff.workshop', { id: r.value.id });
    else setError(r.error);
  };

  return (
    <Screen
      title={id ? t('hive.staff.editWorkshop') : t('hive.staff.newWorkshop')}
      actions={<EditorActions onDiscard={() => shell.navigate(id ? 'hive.staff.workshop' : 'hive.staff.workshops', id ? { id } : undefined)} onSave={() => void save()} />}
    >
      <ErrorText error={error} />
      <div className="form">
        <LocalisedTextField label={t('hive.staff.title')} value={draft.title} onChange={(title) => set({ title })} error={fieldError('title')} maxLength={600} />
        <LocalisedTextField label={t('hive.staff.description')} value={draft.description} onChange={(description) => set({ description })} error={fieldError('description')} multiline maxLength={600} />
        <LocalisedTextField label={t('hive.review.room')} value={draft.room} onChange={(room) => set({ room })} error={fieldError('room')} maxLength={60} />
        <div className="hive-grid-2">
          <TextField label={t('hive.staff.presenter')} value={draft.presenter} onChange={(presenter) => set({ presenter })} error={fieldError('presenter')} maxLength={80} />
          <TextField label={t('hive.staff.capacity')} kind="number" value={draft.capacity} onChange={(capacity) => set({ capacity })} error={fieldError('capacity')} maxLength={3} />
          <div className="field">
            <label htmlFor="hive-w-area">{t('hive.staff.area')}</label>
            <select id="hive-w-area" value={draft.area} onChange={(e) => set({ area: e.target.value })}>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {textIn(a.name, shell.language)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t('hive.staff.sessions')}</legend>
          {draft.sessions.map((s, i) => (
            <div key={i} className="hive-window">
              <PickerField id={`hive-s-date-${i}`} label={t('hive.staff.sessionDate', { n: i + 1 })} type="date" value={s.date} onChange={(date) => set({ sessions: patchAt(draft.sessions, i, { date }) })} />
              <PickerField id={`hive-s-start-${i}`} label={t('hive.staff.from')} type="time" value={s.start} onChange={(start) => set({ sessions: patchAt(draft.sessions, i, { start }) })} />
              <PickerField id={`hive-s-end-${i}`} label={t('hive.staff.to')} type="time" value={s.end} onChange={(end) => set({ sessions: patchAt(draft.sessions, i, { end }) })} />
              {draft.sessions.length > 1 ? (
                <button type="button" className="button small" onClick={() => set({ sessions: draft.sessions.filter((_, j) => j !== i) })}>
                  {t('hive.staff.removeSession', { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => {
              const last = draft.sessions[draft.sessions.length - 1];
              set({ sessions: [...draft.sessions, { date: last ? addDays(last.date, 7) : localDateOf(new Date(), shell.settings.timeZone), start: last?.start ?? '18:00', end: last?.end ?? '19:30' }] });
            }}
          >
            {t('hive.staff.addSession')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('hive.staff.questions')}</legend>
          {draft.questions.map((q, i) => (
            <LocalisedTextField key={q.id} label={t('hive.staff.questionN', { n: i + 1 })} value={q.label} onChange={(label) => set({ questions: patchAt(draft.questions, i, { label }) })} error={fieldError(`questions.${i}.label`)} maxLength={600} />
          ))}
          {draft.questions.length < 5 ? (
            <button type="button" className="button small" onClick={() => set({ questions: [...draft.questions, { id: `q${Date.now().toString(36)}`, label: {} }] })}>
              {t('hive.staff.addQuestion')}
            </button>
          ) : null}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={draft.cancelled} onChange={(e) => set({ cancelled: e.target.checked })} />
          {t('hive.staff.workshopCancelled')}
        </label>
      </div>
    </Screen>
  );
}
