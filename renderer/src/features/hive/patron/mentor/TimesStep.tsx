import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenSlot } from '../../../../../../shared/contract/hive';
import { isolated, lengthSpan } from '../../../../../../shared/domain/format';
import { languageNames } from '../../../../../../shared/languages';
import { sayDuration } from '../../../../../../shared/locales/durations';
import { useShell } from '../../../../app/shell-context';
import { ErrorText } from '../../../../components/ErrorText';
import { ChoiceCards } from '../../../../flow/ChoiceCards';
import { StepLayout } from '../../../../flow/StepLayout';
import { NoKioskCancelDayNote, NoKioskCancelTag } from '../../CancelDeadlineNote';
import { firstName, useFormats } from '../../hive-format';
import { areaName, loadTimes, mentorOf, type MentorFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** The open times under one heading per day ("Monday, November 30"), in the order they came. */
function byDay(slots: readonly OpenSlot[], dayOf: (iso: string) => string): [string, OpenSlot[]][] {
  const days = new Map<string, OpenSlot[]>();
  for (const slot of slots) {
    const day = dayOf(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days];
}

const slotKey = (s: { mentorId: string; start: string }) => `${s.mentorId}@${s.start}`;

/**
 * One day's open times under its heading, each card the time, the mentor and the length. A day whose every time is
 * inside the cancel cut-off says so once under the heading (with the branch phone); a mixed day tags those cards.
 */
function DayTimes(props: { flow: MentorFlow; day: string; index: number; times: readonly OpenSlot[]; onChoose: (key: string) => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const { flow, day, index, times } = props;
  const noneCancellable = times.every((s) => !s.cancellableAtKiosk);
  const chosen = flow.data.chosen;
  return (
    <section className="hive-day" aria-labelledby={`hive-day-${index}`}>
      <h3 className="hive-day-title" id={`hive-day-${index}`}>
        {day}
      </h3>
      {noneCancellable ? <NoKioskCancelDayNote /> : null}
      <ChoiceCards
        label={day}
        layout="grid"
        choices={times.map((s) => {
          const m = mentorOf(flow, s.mentorId);
          return {
            value: slotKey(s),
            label: fmt.time(s.start),
            detail: (
              <>
                {t('hive.mentor.withMentor', { name: isolated(firstName(m?.displayName ?? ''), shell.language), duration: sayDuration(t, lengthSpan(m?.sessionMinutes ?? 0), shell.language) })}
                {noneCancellable ? null : <NoKioskCancelTag rule={s} />}
              </>
            ),
          };
        })}
        selected={chosen ? [slotKey(chosen)] : []}
        onChoose={props.onChoose}
      />
    </section>
  );
}

/**
 * Step 2: the open times, first available or with one mentor, by language: under one heading per day, each card the
 * time, the mentor and the length, and whether it could still be cancelled at the kiosk once booked. Tapping a time
 * moves on.
 */
export function TimesStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { language } = shell;
  const fmt = useFormats(language, shell.settings.timeZone);
  const { mode, mentorId, speaks, limit, slots, area, chosen } = flow.data;
  useEffect(() => {
    void loadTimes(flow);
  }, [mode, mentorId, speaks, limit, area]);
  const mentors = (flow.data.catalog?.mentors ?? []).filter((m) => (!area || m.areas.includes(area)) && (speaks === 'any' || m.languages.includes(speaks)));
  const choose = (key: string) => {
    const slot = slots?.find((s) => slotKey(s) === key) ?? null;
    flow.dispatch({ type: 'slot', slot });
    if (slot) flow.go('stage');
  };
  return (
    <StepLayout
      title={t('hive.mentor.timesTitle')}
      intro={<p>{t('hive.mentor.helpWith', { area: areaName(flow, language) })}</p>}
      main={chosen ? { label: t('hive.next'), onPress: () => flow.go('stage') } : null}
    >
      <ErrorText error={flow.data.error} />
      <div className="hive-filters">
        <div role="group" aria-label={t('hive.mentor.show')} className="hive-filter">
          <span className="hive-filter-label" aria-hidden="true">
            {t('hive.mentor.show')}
          </span>
          <button type="button" className="button" aria-pressed={mode === 'first'} onClick={() => flow.dispatch({ type: 'mode', mode: 'first' })}>
            {t('hive.mentor.firstAvailable')}
          </button>
          <button type="button" className="button" aria-pressed={mode === 'mentor'} onClick={() => flow.dispatch({ type: 'mode', mode: 'mentor' })}>
            {t('hive.mentor.byMentor')}
          </button>
        </div>
        <div role="group" aria-label={t('hive.mentor.speaks')} className="hive-filter">
          <span className="hive-filter-label" aria-hidden="true">
            {t('hive.mentor.speaks')}
          </span>
          <button type="button" className="button" aria-pressed={speaks === 'any'} onClick={() => flow.dispatch({ type: 'speaks', speaks: 'any' })}>
            {t('hive.mentor.anyLanguage')}
          </button>
          {shell.settings.languages.map((code) => (
            <button key={code} type="button" className="button" lang={code} aria-pressed={speaks === code} onClick={() => flow.dispatch({ type: 'speaks', speaks: code })}>
              {languageNames[code]}
            </button>
          ))}
        </div>
      </div>
      {mode === 'mentor' ? (
        <section aria-labelledby="hive-mentors-heading" className="hive-section">
          <h2 id="hive-mentors-heading">{t('hive.mentor.chooseMentor')}</h2>
          {mentors.length === 0 ? <p>{t('hive.mentor.noMentors')}</p> : null}
          <ChoiceCards
            label={t('hive.mentor.chooseMentor')}
            layout="grid"
            choices={mentors.map((m) => ({
              value: m.id,
              label: m.displayName,
              detail: `${textIn(m.bio, language)} · ${t('hive.mentor.languages')}: ${m.languages.map((l) => languageNames[l]).join(', ')}`,
            }))}
            selected={mentorId ? [mentorId] : []}
            onChoose={(id) => flow.dispatch({ type: 'mentor', mentorId: id })}
          />
        </section>
      ) : null}
      {slots ? (
        <section aria-labelledby="hive-times-heading" className="hive-section">
          <h2 id="hive-times-heading">{t('hive.mentor.openTimes')}</h2>
          {slots.length === 0 ? <p>{t('hive.mentor.noTimes')}</p> : null}
          {byDay(slots, fmt.day).map(([day, times], index) => (
            <DayTimes key={day} flow={flow} day={day} index={index} times={times} onChoose={choose} />
          ))}
          {slots.length >= limit && limit < 60 ? (
            <button type="button" className="button secondary hive-more" onClick={() => flow.dispatch({ type: 'more' })}>
              {t('hive.mentor.moreTimes')}
            </button>
          ) : null}
        </section>
      ) : null}
    </StepLayout>
  );
}
