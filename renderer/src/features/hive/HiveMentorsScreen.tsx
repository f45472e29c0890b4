import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiveArea, Mentor } from '../../../../shared/contract/hive';
import { languageCodes, languageNames } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText, useFieldError } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { LocalisedTextField } from '../../components/LocalisedTextField';
import { kiosk } from '../../kiosk-client';
import { DatedNotesEditor, EditorActions, patchAt, PickerField, StaffBack } from './staff-parts';
import './hive.css';
import { textIn } from '../../../../shared/localised-text';
import { formatWeekday } from '../../../../shared/domain/format';

const weekdays = [1, 2, 3, 4, 5, 6, 0];
type Draft = Omit<Mentor, 'id'> & { id?: string };
const blank = (): Draft => ({ displayName: '', areas: [], languages: ['en'], bio: {}, active: true, room: {}, sessionMinutes: 60, bufferMinutes: 0, windows: [], daysOff: [] });

/** Mentors: who, what, which languages, weekly hours, days off. */
export function HiveMentorsScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [mentors, setMentors] = useState<Mentor[]>([]);
  const [areas, setAreas] = useState<HiveArea[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = useFieldError(error);
  const weekdayName = (d: number) => formatWeekday(d, shell.language);
  const load = () => {
    void kiosk.call('hive.mentors', {}).then((r) => (r.ok ? setMentors(r.value) : setError(r.error)));
    void kiosk.call('hive.settings', {}).then((r) => r.ok && setAreas(r.value.areas));
  };
  useEffect(load, []);

  if (draft) {
    const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
    const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
    const save = async () => {
      const r = await kiosk.call('hive.saveMentor', draft);
      if (r.ok) {
        setDraft(null);
        setError(null);
        setSaved(true);
        load();
      } else setError(r.error);
    };
    return (
      <Screen
        title={draft.id ? t('hive.staff.editMentor', { name: draft.displayName }) : t('hive.staff.newMentor')}
        actions={<EditorActions onDiscard={() => setDraft(null)} onSave={() => void save()} />}
      >
        <ErrorText error={error} />
        <div className="form">
          <TextField label={t('hive.staff.displayName')} value={draft.displayName} onChange={(displayName) => set({ displayName })} error={fieldError('displayName')} maxLength={60} />
          <LocalisedTextField label={t('hive.review.room')} value={draft.room} onChange={(room) => set({ room })} error={fieldError('room')} maxLength={60} />
          <fieldset>
            <legend>{t('hive.staff.areas')}</legend>
            {areas.map((a) => (
              <label key={a.id} className="check">
                <input type="checkbox" checked={draft.areas.includes(a.id)} onChange={() => set({ areas: toggle(draft.areas, a.id) })} />
                {textIn(a.name, shell.language)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('hive.mentor.languages')}</legend>
            {languageCodes.map((l) => (
              <label key={l} className="check">
                <input type="checkbox" checked={draft.languages.includes(l)} onChange={() => set({ languages: toggle(draft.languages, l) })} />
                {languageNames[l]}
              </label>
            ))}
          </fieldset>
          <LocalisedTextField label={t('hive.staff.bio')} value={draft.bio} onChange={(bio) => set({ bio })} error={fieldError('bio')} multiline maxLength={600} />
          <fieldset>
            <legend>{t('hive.staff.sessionLength')}</legend>
            {([30, 60] as const).map((m) => (
              <label key={m} className="check">
                <input type="radio" name="hive-length" checked={draft.sessionMinutes === m} onChange={() => set({ sessionMinutes: m })} />
                {t('hive.staff.minutes', { count: m })}
              </label>
            ))}
          </fieldset>
          <TextField label={t('hive.staff.buffer')} kind="number" value={String(draft.bufferMinutes)} onChange={(v) => set({ bufferMinutes: Number(v) || 0 })} maxLength={2} />
          <fieldset>
            <legend>{t('hive.staff.weeklyHours')}</legend>
            {draft.windows.map((w, i) => (
              <div key={i} className="hive-window">
                <div className="field">
                  <label htmlFor={`hive-wd-${i}`}>{t('hive.staff.weekday')}</label>
                  <select id={`hive-wd-${i}`} value={w.weekday} onChange={(e) => set({ windows: patchAt(draft.windows, i, { weekday: Number(e.target.value) }) })}>
                    {weekdays.map((d) => (
                      <option key={d} value={d}>
                        {weekdayName(d)}
                      </option>
                    ))}
                  </select>
                </div>
                <PickerField id={`hive-ws-${i}`} label={t('hive.staff.from')} type="time" value={w.start} onChange={(start) => set({ windows: patchAt(draft.windows, i, { start }) })} />
                <PickerField id={`hive-we-${i}`} label={t('hive.staff.to')} type="time" value={w.end} onChange={(end) => set({ windows: patchAt(draft.windows, i, { end }) })} />
                <button type="button" className="button small" onClick={() => set({ windows: draft.windows.filter((_, j) => j !== i) })}>
                  {t('hive.staff.remove')}
                </button>
              </div>
            ))}
            <button type="button" className="button small" onClick={() => set({ windows: [...draft.windows, { weekday: 2, start: '14:00', end: '17:00' }] })}>
              {t('hive.staff.addHours')}
            </button>
          </fieldset>
          <DatedNotesEditor legend={t('hive.staff.daysOff')} idPrefix="hive-off" addLabel={t('hive.staff.addDayOff')} value={draft.daysOff} onChange={(daysOff) => set({ daysOff })} />
          <label className="check">
            <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
            {t('hive.staff.active')}
          </label>
        </div>
      </Screen>
    );
  }

  return (
    <Screen
      title={t('hive.staff.mentorsTitle')}
      actions={
        <>
          <StaffBack />
          <button type="button" className="button primary" onClick={() => setDraft(blank())}>
            {t('hive.staff.newMentor')}
          </button>
        </>
      }
    >
      <ErrorText error={error} />
      {saved ? <p role="status">{t('hive.staff.saved')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('hive.staff.displayName')}</th>
            <th scope="col">{t('hive.staff.areas')}</th>
            <th scope="col">{t('hive.mentor.languages')}</th>
            <th scope="col">{t('hive.staff.weeklyHours')}</th>
            <th scope="col">{t('hive.staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {mentors.map((m) => (
            <tr key={m.id}>
              <td>
                {m.displayName}
                {m.active ? '' : ` (${t('hive.staff.inactive')})`}
              </td>
              <td>{m.areas.map((a) => (textIn(areas.find((x) => x.id === a)?.name, shell.language) || a)).join(', ')}</td>
              <td>{m.languages.map((l) => languageNames[l]).join(', ')}</td>
              <td>{m.windows.map((w) => `${weekdayName(w.weekday)} ${w.start}–${w.end}`).join('; ')}</td>
              <td>
                <button type="button" className="button small" onClick={() => setDraft(m)} aria-label={t('hive.staff.editMentor', { name: m.displayName })}>
                  {t('hive.staff.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Screen>
  );
}
