// Limits the last step would refuse ("you already have 2 upcoming meetings", "already registered"), told as
// soon as the patron's phone or email is complete, not after everything was typed. The backend answers only
// that, rate-limited per screen. Self-contained, so the contact step of any layout can place it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { patronLimitsSchema } from '../../../../shared/contract/hive';
import { usPhone } from '../../../../shared/domain/format';
import { contactProblems, normaliseEmail, normalisePhone } from '../../../../shared/domain/hive-contact';
import { kiosk } from '../../kiosk-client';

export type PatronLimits = z.infer<typeof patronLimitsSchema>;
const SETTLE_MS = 500;

/** The limits for a contact once it looks complete (a whole US number, 11+ digits, or an email); null before. */
export function usePatronLimits(contact: { phone: string; email: string }, workshopId?: string): PatronLimits | null {
  const [limits, setLimits] = useState<{ key: string; value: PatronLimits } | null>(null);
  const phoneDone = usPhone(contact.phone) !== null || normalisePhone(contact.phone).length >= 11;
  const emailDone = contact.email.trim() !== '' && !contactProblems({ phone: '', email: contact.email }).length;
  const phone = phoneDone ? contact.phone : '';
  const email = emailDone ? contact.email : '';
  const key = phone || email ? `${normalisePhone(phone)}|${normaliseEmail(email)}|${workshopId ?? ''}` : '';
  const asked = useRef('');
  useEffect(() => {
    if (!key || asked.current === key) return;
    const timer = setTimeout(() => {
      asked.current = key;
      void kiosk.call('hive.patronLimits', { phone, email, workshopId }).then((r) => (r.ok ? setLimits({ key, value: r.value }) : undefined));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key, phone, email, workshopId]);
  return limits && limits.key === key ? limits.value : null;
}

/** The refusal the last step would give, shown next to the contact fields. */
export function PatronLimitNotice({ limits, kind }: { limits: PatronLimits | null; kind: 'mentor' | 'workshop' }) {
  const { t } = useTranslation();
  const text =
    kind === 'mentor' && limits?.bookingLimitReached
      ? t('hive.errors.too-many-bookings', { count: limits.maxUpcoming })
      : kind === 'workshop' && limits?.alreadyRegistered
        ? t('hive.errors.already-registered')
        : null;
  return (
    <div aria-live="assertive">
      {text ? (
        <p className="error hive-limit" role="alert" data-testid="hive-limit">
          {text}
        </p>
      ) : null}
    </div>
  );
}

/** True when the limits say the last step would refuse: the flow stays on the contact step. */
export const limitReached = (limits: PatronLimits | null, kind: 'mentor' | 'workshop'): boolean =>
  kind === 'mentor' ? limits?.bookingLimitReached === true : limits?.alreadyRegistered === true;
