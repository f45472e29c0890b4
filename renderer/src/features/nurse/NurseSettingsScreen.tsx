import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NurseSettings } from '../../../../shared/contract/nurse';
import { formatWeekday } from '../../../../shared/domain/format';
import { MAX_RANGES_PER_DAY, weeklyHoursLines, type HoursRange } from '../../../../shared/domain/nurse-hours';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText, useFieldError } from '../../components/ErrorText';
import { Form } from '../../components/Form';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { TimeSelect } from './TimeSelect';
import './nurse.css';

/** Monday first, as the week reads on a notice board. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** The nurse's weekly hours (check-in follows them), closed dates, the note printed with them, and the visit length. */
export function NurseSettingsScreen() {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const language = shell.language;
  const [settings, setSettings] = useState<NurseSettings | null>(null);
  const [minutes, setMinutes] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = useFieldError(error);
  useEffect(() => {
    void kiosk.call('nurse.settings', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setSettings(r.value);
      setMinutes(String(r.value.visitMinutes));
    });
  }, []);

  // A problem with one stretch or date: nurse.fields.<code> when the backend named one, else the platform's words.
  const problemAt = (path: string): string | undefined => {
    const issue = error?.fields?.find((f) => f.path === path);
    if (!issue) return undefined;
    return i18n.exists(`nurse.fields.${issue.code}`) ? t(`nurse.fields.${issue.code}`) : fieldError(path);
  };

  const change = (next: NurseSettings) => {
    setSettings(next);
    setSaved(false);
  };
  const save = async () => {
    if (!settings) return;
    const result = await kiosk.call('nurse.updateSettings', { ...settings, visitMinutes: /^\d+$/.test(minutes) ? Number(minutes) : -1 });
    if (!result.ok) {
      setSaved(false);
      return setError(result.error);
    }
    setSettings(result.value);
    setError(null);
    setSaved(true);
  };

  if (!settings) {
    return (
      <Screen title={t('nurse.settingsScreen.title')} actions={<StaffHomeButton />}>
        <ErrorText error={error} />
      </Screen>
    );
  }

  const setRange = (index: number, patch: Partial<HoursRange>) =>
    change({ ...settings, weeklyHours: settings.weeklyHours.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  const printed = weeklyHoursLines(settings.weeklyHours, language);

  return (
    <Screen title={t('nurse.settingsScreen.title')} actions={<StaffHomeButton />}>
      <Form onSubmit={save} className="nurse-settings">
        <section className="nurse-section" aria-labelledby="nurse-weekly-title">
          <h2 id="nurse-weekly-title">{t('nurse.settingsScreen.weeklyTitle')}</h2>
          <p className="hint">{t('nurse.settingsScreen.weeklyNote')}</p>
          <table className="table nurse-hours">
            <tbody>
              {WEEK.map((weekday) => {
                const day = formatWeekday(weekday, language);
                const ranges = settings.weeklyHours.map((range, index) => ({ range, index })).filter(({ range }) => range.weekday === weekday);
                return (
                  <tr key={weekday} data-testid={`nurse-hours-${weekday}`}>
                    <th scope="row">{day}</th>
                    <td>
                      {ranges.length === 0 ? <span className="hint">{t('nurse.settingsScreen.closedDay')}</span> : null}
                      {ranges.map(({ range, index }, n) => {
                        const problem = problemAt(`weeklyHours.${index}`);
                        return (
                          <div key={index} className="nurse-hours-range">
                            <TimeSelect label={t('nurse.settingsScreen.from')} fullName={t('nurse.settingsScreen.fromOf', { day, n: n + 1 })} value={range.open} onChange={(open) => setRange(index, { open })} />
                            <TimeSelect label={t('nurse.settingsScreen.to')} fullName={t('nurse.settingsScreen.toOf', { day, n: n + 1 })} value={range.close} endOfDay onChange={(close) => setRange(index, { close })} />
                            <button
                              type="button"
                              className="button small danger"
                              aria-label={t('nurse.settingsScreen.removeRange', { day, n: n + 1 })}
                              onClick={() => change({ ...settings, weeklyHours: settings.weeklyHours.filter((_, i) => i !== index) })}
                            >
                              {t('nurse.settingsScreen.remove')}
                            </button>
                            {problem ? <p className="field-error">{problem}</p> : null}
                          </div>
                        );
                      })}
                    </td>
                    <td>
                      {ranges.length < MAX_RANGES_PER_DAY ? (
                        <button
                          type="button"
                          className="button small"
                          onClick={() => {
                            const last = ranges.at(-1)?.range;
                            const open = last && last.close < '23:00' ? last.close : '09:00';
                            const close = last && last.close < '23:00' ? '24:00' : '12:00';
                            change({ ...settings, weeklyHours: [...settings.weeklyHours, { weekday, open, close }] });
                          }}
                        >
                          {t('nurse.settingsScreen.addRange', { day })}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>

        <section className="nurse-section" aria-labelledby="nurse-closed-title">
          <h2 id="nurse-closed-title">{t('nurse.settingsScreen.closedTitle')}</h2>
          <p className="hint">{t('nurse.settingsScreen.closedNote')}</p>
          {settings.closedDates.map((closed, index) => (
            <div key={index} className="nurse-hours-range">
              <div className={`field ${problemAt(`closedDates.${index}.date`) ? 'field-invalid' : ''}`}>
                <label htmlFor={`nurse-closed-${index}`}>{t('nurse.settingsScreen.date')}</label>
                <input
                  id={`nurse-closed-${index}`}
                  type="date"
                  value={closed.date}
                  onChange={(e) => change({ ...settings, closedDates: settings.closedDates.map((d, i) => (i === index ? { ...d, date: e.target.value } : d)) })}
                />
                {problemAt(`closedDates.${index}.date`) ? <p className="field-error">{problemAt(`closedDates.${index}.date`)}</p> : null}
              </div>
              <TextField
                label={t('nurse.settingsScreen.note')}
                value={closed.note}
                maxLength={120}
                onChange={(note) => change({ ...settings, closedDates: settings.closedDates.map((d, i) => (i === index ? { ...d, note } : d)) })}
              />
              <button type="button" className="button small danger" onClick={() => change({ ...settings, closedDates: settings.closedDates.filter((_, i) => i !== index) })}>
                {t('nurse.settingsScreen.removeClosed', { n: index + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button small" onClick={() => change({ ...settings, closedDates: [...settings.closedDates, { date: '', note: '' }] })}>
            {t('nurse.settingsScreen.addClosed')}
          </button>
        </section>

        <TextField label={t('nurse.settingsScreen.hoursNote')} multiline value={settings.hoursNote} maxLength={400} onChange={(hoursNote) => change({ ...settings, hoursNote })} />
        <section className="nurse-section" aria-labelledby="nurse-printed-title">
          <h2 id="nurse-printed-title">{t('nurse.settingsScreen.printed')}</h2>
          <p className="pre-line" data-testid="nurse-hours-printed">
            {printed.length === 0 ? t('nurse.settingsScreen.noHours') : printed.join('\n')}
            {settings.hoursNote.trim() ? `\n${settings.hoursNote.trim()}` : ''}
          </p>
        </section>
        <TextField label={t('nurse.settingsScreen.visitMinutes')} kind="number" value={minutes} maxLength={2} onChange={setMinutes} error={fieldError('visitMinutes')} />
        <ErrorText error={error} />
        {saved ? <p role="status">{t('nurse.settingsScreen.saved')}</p> : null}
        <button type="submit" className="button primary">
          {t('nurse.settingsScreen.save')}
        </button>
      </Form>
    </Screen>
  );
}
