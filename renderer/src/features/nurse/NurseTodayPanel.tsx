import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NurseToday } from '../../../../shared/contract/nurse';
import { formatClosingTime, formatDayTime, formatWallTime } from '../../../../shared/domain/format';
import { localTimeOf, minutesOf, timeOfMinutes } from '../../../../shared/domain/zoned-time';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { kiosk } from '../../kiosk-client';
import { TimeSelect } from './TimeSelect';
import { useTopics } from '../../app/use-topics';

/** A quarter hour at least `ahead` minutes after `time`, at most the end of the day. */
const laterQuarter = (time: string, ahead: number): string => {
  const minutes = Math.ceil((minutesOf(time) + ahead) / 15) * 15;
  return minutes >= 24 * 60 ? '24:00' : timeOfMinutes(minutes);
};

/**
 * Check-in today, for the nurse's console and the librarian's desk: open or closed and until when, who changed
 * today's hours, who is still waiting (they are seen), and the controls to open early, keep open late, close now
 * or go back to the weekly hours. Every change is in the audit log.
 */
export function NurseTodayPanel() {
  const { t } = useTranslation();
  const shell = useShell();
  const { language } = shell;
  const timeZone = shell.settings.timeZone;
  const [today, setToday] = useState<NurseToday | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useTopics(['queue', 'settings'], async () => {
    const result = await kiosk.call('nurse.today', {});
    if (result.ok) setToday(result.value);
    else setError(result.error);
  }, 15_000);
  if (!today) return <ErrorText error={error} />;

  const { status } = today;
  const now = localTimeOf(new Date(), timeZone);
  const closesWall = status.closesAt ? localTimeOf(new Date(status.closesAt), timeZone) : null;
  const chosen = until ?? laterQuarter(closesWall && closesWall > now ? closesWall : now, 60);
  const statusText = status.open
    ? t('nurse.today.openUntil', { time: status.closesAt ? formatClosingTime(status.closesAt, language, timeZone, t('nurse.hours.midnight')) : '' })
    : status.nextOpening
      ? t('nurse.today.closedNext', { when: formatDayTime(status.nextOpening.at, language, timeZone) })
      : t('nurse.today.closedNoNext');
  const wall = (time: string) => (time === '24:00' ? t('nurse.today.endOfDay') : formatWallTime(time, language));

  const set = async (input: { action: 'open'; until: string } | { action: 'close' } | { action: 'regular' }) => {
    setNotice(null);
    const result = await kiosk.call('nurse.setToday', input);
    if (!result.ok) return setError(result.error);
    setError(null);
    setToday(result.value);
    setUntil(null);
    const s = result.value.status;
    setNotice(
      t('nurse.today.saved', {
        status: s.open
          ? t('nurse.today.openUntil', { time: s.closesAt ? formatClosingTime(s.closesAt, language, timeZone, t('nurse.hours.midnight')) : '' })
          : s.nextOpening
            ? t('nurse.today.closedNext', { when: formatDayTime(s.nextOpening.at, language, timeZone) })
            : t('nurse.today.closedNoNext'),
      }),
    );
  };

  return (
    <section className="nurse-section nurse-today" aria-labelledby="nurse-today-title" data-testid="nurse-today">
      <h2 id="nurse-today-title">{t('nurse.today.title')}</h2>
      <p className="nurse-today-status">
        <strong>{statusText}</strong>
      </p>
      <p>
        {today.closedToday
          ? t('nurse.today.closedDate')
          : today.regular.length === 0
            ? t('nurse.today.regularNone')
            : t('nurse.today.regular', { hours: today.regular.map((r) => `${wall(r.open)} – ${wall(r.close)}`).join(', ') })}
      </p>
      {today.change ? (
        <p>
          {today.change.extraUntil
            ? t('nurse.today.changedOpen', { by: today.change.by, until: wall(today.change.extraUntil) })
            : t('nurse.today.changedClosed', { by: today.change.by, from: wall(today.change.closedFrom ?? '') })}
        </p>
      ) : null}
      {today.waiting > 0 ? <p data-testid="nurse-today-waiting">{t('nurse.today.waiting', { count: today.waiting })}</p> : null}
      <div className="row nurse-today-controls">
        <TimeSelect label={t('nurse.today.until')} value={chosen} endOfDay from={now} onChange={setUntil} />
        <button type="button" className="button primary" onClick={() => void set({ action: 'open', until: chosen })}>
          {status.open ? t('nurse.today.keepOpen') : t('nurse.today.open')}
        </button>
        {status.open ? (
          <button type="button" className="button danger" onClick={() => void set({ action: 'close' })}>
            {t('nurse.today.close')}
          </button>
        ) : null}
        {today.change ? (
          <button type="button" className="button secondary" onClick={() => void set({ action: 'regular' })}>
            {t('nurse.today.regularButton')}
          </button>
        ) : null}
      </div>
      <div aria-live="polite">
        {notice ? <p role="status">{notice}</p> : null}
        <ErrorText error={error} />
      </div>
    </section>
  );
}
