// What a patron is told about the nurse's hours: on the home tile, instead of the check-in while the nurse
// is away, and on the ticket (when check-in closes, and that everyone with a ticket is seen).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NurseStatus } from '../../../../shared/contract/nurse';
import { directionOf, type LanguageCode } from '../../../../shared/languages';
import { formatClosingTime, formatDay, formatDayTime, formatTime } from '../../../../shared/domain/format';
import { useShell } from '../../app/shell-context';
import { Picture } from '../../flow/Picture';
import { StepLayout } from '../../flow/StepLayout';
import { kiosk } from '../../kiosk-client';

/** The nurse's status now, asked of the backend (which also refuses tickets outside the hours); `refresh` asks again. */
export function useNurseStatus(): { status: NurseStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<NurseStatus | null>(null);
  const refresh = useCallback(() => {
    void kiosk.call('nurse.status', {}).then((r) => (r.ok ? setStatus(r.value) : undefined));
  }, []);
  useEffect(refresh, [refresh]);
  return { status, refresh };
}

/** One line for the home tile: "Open now until 2:00 PM" or "Next in: Thursday, March 5 at 1:00 PM". */
export function NurseTileNote() {
  const { t } = useTranslation();
  const { language, settings } = useShell();
  const { status } = useNurseStatus();
  if (!status) return null;
  const text = status.open
    ? t('nurse.hours.openUntil', { time: status.closesAt ? formatClosingTime(status.closesAt, language, settings.timeZone, t('nurse.hours.midnight')) : '' })
    : status.nextOpening
      ? t('nurse.hours.nextIn', { when: formatDayTime(status.nextOpening.at, language, settings.timeZone) })
      : t('nurse.hours.closedTitle');
  return (
    <span className="tile-note" data-testid="nurse-tile-note">
      {text}
    </span>
  );
}

/** Instead of the check-in while the nurse is away: when the nurse is next in, and no way to a ticket. */
export function NurseClosedNotice({ status }: { status: NurseStatus }) {
  const { t } = useTranslation();
  const { language, settings, resetVisit } = useShell();
  const next = status.nextOpening;
  return (
    <StepLayout title={t('nurse.hours.closedTitle')} split back={false} className="nurse-closed step-confirmation" main={{ label: t('nurse.hours.backHome'), onPress: resetVisit }}>
      <div className="notice nurse-next confirmation-box">
        <Picture picture="spiral-calendar" className="nurse-next-picture" />
        <div>
          <p className="nurse-next-visit" data-testid="nurse-next-visit">
            {next
              ? t('nurse.hours.nextVisit', {
                  day: formatDay(next.at, language, settings.timeZone),
                  from: formatTime(next.at, language, settings.timeZone),
                  until: formatTime(next.until, language, settings.timeZone),
                })
              : t('nurse.hours.noHours')}
          </p>
          {next ? <p>{t('nurse.hours.comeBack')}</p> : null}
        </div>
      </div>
      <p className="nurse-emergency" role="note">
        {t('nurse.hours.needHelp')}
      </p>
    </StepLayout>
  );
}

/** On the ticket: the last check-in time today, and that everyone holding a ticket is seen. */
export function LastCheckInNote({ closesAt }: { closesAt: string | null }) {
  const { t } = useTranslation();
  const { language, settings } = useShell();
  if (!closesAt) return null;
  return <p data-testid="nurse-last-check-in">{t('nurse.ticket.lastCheckIn', { time: formatClosingTime(closesAt, language, settings.timeZone, t('nurse.hours.midnight')) })}</p>;
}

/**
 * The lobby display while check-in is closed: people still waiting are told they will be seen; otherwise when
 * the nurse is next in. Never "the nurse is not in today" to a room of people holding tickets. In `lng`, the
 * language the display shows now; a heading when it is the display's one message.
 */
export function DisplayClosedNote(props: { waiting: number; nextOpening: NurseStatus['nextOpening']; lng: LanguageCode; heading?: string }) {
  const { t } = useTranslation();
  const { settings } = useShell();
  const { waiting, nextOpening, lng } = props;
  const text =
    waiting > 0
      ? t('nurse.display.closedSeen', { lng })
      : nextOpening
        ? t('nurse.display.closedNext', { lng, when: formatDayTime(nextOpening.at, lng, settings.timeZone) })
        : t('nurse.display.closed', { lng });
  return props.heading ? (
    <h2 id={props.heading} className="nurse-display-message" lang={lng} dir={directionOf(lng)} data-testid="nurse-display-closed">
      {text}
    </h2>
  ) : (
    <p className="nurse-display-note" lang={lng} dir={directionOf(lng)} data-testid="nurse-display-closed">
      {text}
    </p>
  );
}
