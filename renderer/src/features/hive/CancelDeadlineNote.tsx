// What a patron is told about cancelling a mentor meeting: the real deadline of that time, or, for a time
// inside the cut-off, that it cannot be cancelled at the kiosk and how to reach the branch. Self-contained,
// so any step (time choice, review, confirmation) can place it.
import { useTranslation } from 'react-i18next';
import { branchPhoneParams, formatDayTime, roundedUpSpan } from '../../../../shared/domain/format';
import { cutoffHoursOf } from '../../../../shared/domain/hive-slots';
import { sayDuration } from '../../../../shared/locales/durations';
import { useShell } from '../../app/shell-context';

type CancelRule = { start: string; cancelDeadline: string; cancellableAtKiosk: boolean };

/**
 * "You can cancel on this kiosk until Monday, March 2 at 10:00 AM …" or "This time is less than 7 days away … call
 * (555) 010-4400 …". The cut-off said is the one the time's deadline was made with, not a rule loaded earlier; in
 * days, or hours under a day.
 */
export function CancelDeadlineNote({ rule }: { rule: CancelRule }) {
  const { t } = useTranslation();
  const { language, settings } = useShell();
  const phone = branchPhoneParams(settings.phone);
  return (
    <p className={rule.cancellableAtKiosk ? 'hive-cancel-rule' : 'hive-cancel-rule hive-cancel-rule-late'} data-testid="hive-cancel-rule">
      {rule.cancellableAtKiosk
        ? t('hive.cancelRule.until', { deadline: formatDayTime(rule.cancelDeadline, language, settings.timeZone), ...phone })
        : t('hive.cancelRule.tooLate', { duration: sayDuration(t, roundedUpSpan(cutoffHoursOf(rule) * 60), language), ...phone })}
    </p>
  );
}

/**
 * Under a day heading when none of that day's times could be cancelled at the kiosk once booked (a same-day list
 * inside the cut-off): said once, with the branch phone, instead of a tag on every card.
 */
export function NoKioskCancelDayNote() {
  const { t } = useTranslation();
  const { settings } = useShell();
  return (
    <p className="hive-cancel-rule hive-cancel-rule-late" data-testid="hive-day-no-cancel">
      {t('hive.cancelRule.day', branchPhoneParams(settings.phone))}
    </p>
  );
}

/** On a time to choose: a short mark when that time could no longer be cancelled at the kiosk once booked. */
export function NoKioskCancelTag({ rule }: { rule: CancelRule }) {
  const { t } = useTranslation();
  if (rule.cancellableAtKiosk) return null;
  return <span className="hive-badge hive-no-cancel">{t('hive.cancelRule.tag')}</span>;
}
