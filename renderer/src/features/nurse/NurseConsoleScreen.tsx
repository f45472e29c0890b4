import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueRow } from '../../../../shared/contract/nurse';
import type { OperationName, OperationOutput } from '../../../../shared/contract/operations';
import { languageNames } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { kiosk } from '../../kiosk-client';
import { NurseTodayPanel } from './NurseTodayPanel';
import { useReprintNotice } from './reprint-notice';
import { useTopics } from '../../app/use-topics';
import './nurse.css';
import { formatLocalDate, lengthSpan } from '../../../../shared/domain/format';
import { sayDuration } from '../../../../shared/locales/durations';

type QueueState = { day: string; tickets: QueueRow[]; waitMinutes: number };

/** The nurse's queue for today: call, start, open and close visits, mark people who left. */
export function NurseConsoleScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [queue, setQueue] = useState<QueueState | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = async () => {
    const result = await kiosk.call('nurse.queue', {});
    if (result.ok) setQueue(result.value);
    else setError(result.error);
  };
  useTopics(['queue'], load, 5000);
  const [earlier, setEarlier] = useState<OperationOutput<'nurse.earlierOpenVisits'>>([]);
  useEffect(() => {
    // Not polled: only the nurse's own closing changes this list, and that happens on the visit screen.
    void kiosk.call('nurse.earlierOpenVisits', {}).then((result) => (result.ok ? setEarlier(result.value) : setError(result.error)));
  }, []);
  const reprinted = useReprintNotice();
  const reprint = async (ticket: QueueRow) => {
    setNotice(null);
    const result = await kiosk.call('nurse.reprintTicket', { number: ticket.number });
    if (!result.ok) setError(result.error);
    else {
      setError(null);
      setNotice(reprinted(result.value));
    }
  };
  const dayText = (day: string) => formatLocalDate(day, shell.language);

  const act = async (name: Extract<OperationName, 'nurse.call' | 'nurse.startVisit' | 'nurse.markLeft'>, ticket: QueueRow) => {
    setNotice(null);
    const result = await kiosk.call(name, { ticketId: ticket.id });
    if (!result.ok) {
      setError(result.error);
    } else {
      setError(null);
      if (name === 'nurse.call') setNotice(t('nurse.console.called', { number: ticket.number }));
      if (name === 'nurse.startVisit') {
        shell.navigate('nurse.visit', { ticketId: ticket.id });
        return;
      }
    }
    await load();
  };
  const callNext = async () => {
    setNotice(null);
    const result = await kiosk.call('nurse.callNext', {});
    if (!result.ok) setError(result.error);
    else {
      setError(null);
      setNotice(t('nurse.console.called', { number: result.value.number }));
    }
    await load();
  };

  return (
    <Screen
      title={t('nurse.console.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <div className="row">
        <button type="button" className="button primary" onClick={() => void callNext()}>
          {t('nurse.console.callNext')}
        </button>
        <button type="button" className="button secondary" onClick={() => void load()}>
          {t('nurse.console.refresh')}
        </button>
      </div>
      <div aria-live="polite">
        {notice ? <p role="status">{notice}</p> : null}
        <ErrorText error={error} />
      </div>
      <NurseTodayPanel />
      {earlier.length > 0 ? (
        <section className="nurse-section nurse-earlier" aria-labelledby="nurse-earlier-title">
          <h2 id="nurse-earlier-title">{t('nurse.console.earlierTitle')}</h2>
          <p>{t('nurse.console.earlierNote')}</p>
          <ul className="nurse-list" data-testid="nurse-earlier">
            {earlier.map((visit) => (
              <li key={visit.ticketId}>
                <span>{t('nurse.console.earlierRow', { number: visit.number, date: dayText(visit.day) })}</span>
                <button
                  type="button"
                  className="button small"
                  aria-label={t('nurse.console.openEarlierLabel', { number: visit.number, date: dayText(visit.day) })}
                  onClick={() => shell.navigate('nurse.visit', { ticketId: visit.ticketId })}
                >
                  {t('nurse.console.openVisit')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {queue ? <p>{t('nurse.console.waitNow', { duration: sayDuration(t, lengthSpan(queue.waitMinutes), shell.language) })}</p> : null}
      {queue && queue.tickets.length === 0 ? <p>{t('nurse.console.empty')}</p> : null}
      {queue && queue.tickets.length > 0 ? (
        <table className="table nurse-queue">
          <thead>
            <tr>
              <th scope="col">{t('nurse.console.number')}</th>
              <th scope="col">{t('nurse.console.status')}</th>
              <th scope="col">{t('nurse.console.name')}</th>
              <th scope="col">{t('nurse.console.reasons')}</th>
              <th scope="col">{t('nurse.console.language')}</th>
              <th scope="col">{t('nurse.console.flags')}</th>
              <th scope="col">{t('nurse.console.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.tickets.map((ticket) => (
              <tr key={ticket.id} data-testid={`nurse-ticket-${ticket.number}`}>
                <th scope="row">{ticket.number}</th>
                <td>{t(`nurse.status.${ticket.status}`)}</td>
                <td>{ticket.name ?? t('nurse.console.noName')}</td>
                <td>{ticket.reasons.map((r) => t(`nurse.reasons.${r}`)).join(', ')}</td>
                <td>
                  {languageNames[ticket.language]}
                  {ticket.interpreter ? <div>{t('nurse.console.interpreter')}</div> : null}
                  {ticket.accessNeeds.length > 0 ? <div>{ticket.accessNeeds.map((n) => t(`nurse.access.${n}`)).join(', ')}</div> : null}
                </td>
                <td>
                  {!ticket.screenerAnswered
                    ? t('nurse.console.noAnswers')
                    : ticket.flagged.length === 0
                      ? t('nurse.console.noFlags')
                      : ticket.flagged.map((area) => (
                          <span key={area} className="nurse-flag">
                            {t(`nurse.screener.areas.${area}`)}
                          </span>
                        ))}
                </td>
                <td>
                  <div className="row">
                    {ticket.status === 'waiting' ? (
                      <>
                        <button type="button" className="button small primary" aria-label={t('nurse.console.callTicketLabel', { number: ticket.number })} onClick={() => void act('nurse.call', ticket)}>
                          {t('nurse.console.call')}
                        </button>
                        <button type="button" className="button small" aria-label={t('nurse.console.reprintTicketLabel', { number: ticket.number })} onClick={() => void reprint(ticket)}>
                          {t('nurse.console.reprint')}
                        </button>
                      </>
                    ) : null}
                    {ticket.status === 'waiting' || ticket.status === 'called' ? (
                      <>
                        <button type="button" className="button small" aria-label={t('nurse.console.startTicketLabel', { number: ticket.number })} onClick={() => void act('nurse.startVisit', ticket)}>
                          {t('nurse.console.startVisit')}
                        </button>
                        <button type="button" className="button small danger" aria-label={t('nurse.console.leftTicketLabel', { number: ticket.number })} onClick={() => void act('nurse.markLeft', ticket)}>
                          {t('nurse.console.markLeft')}
                        </button>
                      </>
                    ) : null}
                    {ticket.status === 'inVisit' || ticket.status === 'done' ? (
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('nurse.console.openTicketLabel', { number: ticket.number })}
                        onClick={() => shell.navigate('nurse.visit', { ticketId: ticket.id })}
                      >
                        {t('nurse.console.openVisit')}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Screen>
  );
}
