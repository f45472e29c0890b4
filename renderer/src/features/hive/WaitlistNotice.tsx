// What a waitlisted patron is told: their place, how they will hear if a seat opens (library staff call the
// phone given, or email; the kiosk sends nothing), and that they have no seat yet. Self-contained, so the
// review and confirmation steps of any layout can place it.
import { useTranslation } from 'react-i18next';
import { waitlistHearing } from '../../../../shared/domain/hive-workshops';

export function WaitlistNotice({ position, contact, joining = false }: { position: number; contact: { phone: string; email: string }; joining?: boolean }) {
  const { t } = useTranslation();
  const hearing = waitlistHearing(contact);
  return (
    <div className="hive-waitlist" data-testid="hive-waitlist">
      <p>
        <strong>{joining ? t('hive.waitlist.willBe', { position }) : t('hive.waitlist.position', { position })}</strong>
      </p>
      {/* Read aloud without the patron's phone or email: "your phone number" in their place. */}
      {hearing ? (
        <p data-read-as={t(`hive.waitlist.${hearing.key}`, 'phone' in hearing.params ? { phone: t('readAloud.yourPhone') } : { ...hearing.params, email: t('readAloud.yourEmail') })}>
          {t(`hive.waitlist.${hearing.key}`, hearing.params)}
        </p>
      ) : null}
      {joining ? null : <p>{t('hive.waitlist.noSeatYet')}</p>}
    </div>
  );
}
