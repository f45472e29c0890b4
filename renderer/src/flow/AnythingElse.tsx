import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceIds, type ServiceId } from '../../../shared/contract/platform';
import { useShell, type VisitCarry } from '../app/shell-context';
import { serviceRoute } from '../screens/service-tiles';
import { VisitSlipOffer } from './VisitSlip';

type Props = {
  /** The service just finished. */
  done: ServiceId;
  /** What the patron gave in it (blank fields keep what the visit carried before). */
  contact: Partial<VisitCarry['contact']>;
  /** The nurse's private ticket screen after a food need (with the patron's consent to the screener): ordering first. */
  handoff?: boolean;
  /** The visit slip's reference the service's write got back: the visit keeps it for "Print a slip of today's visit". */
  slip: string;
};

/**
 * "Anything else today?" on a service's confirmation: the other services, each opening with the patron's
 * name, phone and library card pre-filled (the language stays as chosen). Nothing is carried past Home or an idle reset.
 */
export function AnythingElse({ done, contact, handoff = false, slip }: Props) {
  const { t } = useTranslation();
  const shell = useShell();
  const { addVisitSlip } = shell;
  useEffect(() => addVisitSlip(slip), [addVisitSlip, slip]);
  const before = shell.visit;
  const merged: VisitCarry['contact'] = {
    name: contact.name || before?.contact.name || '',
    phone: contact.phone || before?.contact.phone || '',
    libraryCard: contact.libraryCard || before?.contact.libraryCard || '',
  };
  const services = [...(before?.services ?? []).filter((s) => s !== done), done];
  const others = serviceIds.filter((s) => s !== done && !services.includes(s) && shell.settings.services[s] && serviceRoute(s) !== null);
  const go = (service: ServiceId, viaHandoff: boolean) => {
    const route = serviceRoute(service);
    if (route) shell.continueVisit(route, { contact: merged, services, handoff: viaHandoff });
  };
  if (shell.assisting || shell.readOnly) return null;
  const offerHandoff = handoff && others.includes('grocery');
  // Every service done: only the slip is left to offer.
  if (others.length === 0) return <VisitSlipOffer />;
  return (
    <section className="anything-else" aria-labelledby="anything-else-h">
      {offerHandoff ? (
        <div className="anything-else-handoff">
          <button type="button" className="button primary" data-testid="handoff-grocery" onClick={() => go('grocery', true)}>
            {t('oneVisit.handoff')}
          </button>
          <p>{t('oneVisit.handoffHint')}</p>
        </div>
      ) : null}
      <h2 id="anything-else-h">{t('oneVisit.anythingElse')}</h2>
      <p className="hint">{t('oneVisit.carries')}</p>
      <ul className="anything-else-list">
        {others
          .filter((s) => !(offerHandoff && s === 'grocery'))
          .map((s) => (
            <li key={s}>
              <button type="button" className="button secondary" onClick={() => go(s, false)}>
                {t(`services.${s}.title`)}
              </button>
            </li>
          ))}
      </ul>
      <VisitSlipOffer />
    </section>
  );
}
