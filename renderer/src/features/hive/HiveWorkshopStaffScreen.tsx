import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationView, WorkshopView } from '../../../../shared/contract/hive';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';

import { DeskField, PrintNote } from './staff-parts';
import './hive.css';
import { textIn } from '../../../../shared/localised-text';
import { formatDateTime, formatPhone } from '../../../../shared/domain/format';

/** One workshop at the desk: roster, door attendance by name or slip code, cancellations and the waitlist. */
export function HiveWorkshopStaffScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const id = shell.route.params?.id ?? '';
  const [workshop, setWorkshop] = useState<WorkshopView | null>(null);
  const [regs, setRegs] = useState<RegistrationView[]>([]);
  const [session, setSession] = useState(0);
  const [code, setCode] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState('');
  const [printed, setPrinted] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<RegistrationView | null>(null);
  const dateTime = (iso: string) => formatDateTime(iso, shell.language, shell.settings.timeZone);

  const load = useCallback(async () => {
    const r = await kiosk.call('hive.workshopDetail', { id });
    if (r.ok) {
      setWorkshop(r.value.workshop);
      setRegs(r.value.registrations);
    } else setError(r.error);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const checkIn = async (input: { code?: string; registrationId?: string }) => {
    const r = await kiosk.call('hive.checkIn', { workshopId: id, session, ...input });
    if (r.ok) {
      setError(null);
      setNotice(t('hive.staff.checkedIn', { name: r.value.name }));
      setCode('');
      void load();
    } else {
      setNotice('');
      setError(r.error);
    }
  };

  const printRoster = async () => {
    const r = await kiosk.call('hive.printRoster', { workshopId: id });
    if (r.ok) setPrinted(r.value.printStatus);
    else setError(r.error);
  };

  const seated = regs.filter((r) => r.status === 'registered');
  const waiting = regs.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const cancelled = regs.filter((r) => r.status === 'cancelled');

  return (
    <Screen
      title={workshop ? textIn(workshop.title, shell.language) : t('hive.staff.workshop')}
      actions={
        <>
          <button type="button" className="button secondary" onClick={() => shell.navigate('hive.staff.workshops')}>
            {t('hive.staff.allWorkshops')}
          </button>
          <button type="button" className="button secondary" onClick={() => shell.navigate('hive.staff.editWorkshop', { id })}>
            {t('hive.staff.editWorkshop')}
          </button>
        </>
      }
    >
      {workshop ? (
        <>
          <p>
            {workshop.starts.map((s) => dateTime(s)).join(' · ')} — {textIn(workshop.room, shell.language)} — {workshop.presenter}
          </p>
          <p>
            <strong>{t('hive.staff.fill', { registered: workshop.registered, capacity: workshop.capacity, waitlisted: workshop.waitlisted })}</strong>
          </p>
        </>
      ) : null}
      <ErrorText error={error} />
      <PrintNote status={printed} />
      <div className="row">
        <button type="button" className="button primary" onClick={() => void printRoster()}>
          {t('hive.staff.printRoster')}
        </button>
      </div>
      <section className="hive-section" aria-labelledby="hive-door-h">
        <h2 id="hive-door-h">{t('hive.staff.door')}</h2>
        <div className="hive-toolbar">
          {workshop && workshop.sessions.length > 1 ? (
            <div className="field">
              <label htmlFor="hive-session">{t('hive.staff.session')}</label>
              <select id="hive-session" value={session} onChange={(e) => setSession(Number(e.target.value))}>
                {workshop.starts.map((s, i) => (
                  <option key={s} value={i}>
                    {t('hive.staff.sessionN', { n: i + 1 })}: {dateTime(s)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <TextField label={t('hive.staff.slipCode')} hint={t('hive.staff.slipCodeHint')} value={code} onChange={setCode} maxLength={64} />
          <button type="button" className="button" disabled={!code.trim()} onClick={() => void checkIn({ code })}>
            {t('hive.staff.checkIn')}
          </button>
        </div>
        {notice ? <p role="status">{notice}</p> : null}
      </section>
      <section className="hive-section" aria-labelledby="hive-roster-h">
        <h2 id="hive-roster-h">{t('hive.staff.roster')}</h2>
        {seated.length === 0 ? <p>{t('hive.staff.nobody')}</p> : null}
        {seated.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('hive.staff.name')}</th>
                <th scope="col">{t('hive.staff.contact')}</th>
                <th scope="col">{t('hive.staff.code')}</th>
                <th scope="col">{t('hive.staff.present')}</th>
                <th scope="col">{t('hive.staff.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {seated.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{[formatPhone(r.phone), r.email].filter(Boolean).join(' / ')}</td>
                  <td>{r.code}</td>
                  <td>{r.attended.includes(session) ? t('hive.staff.yes') : t('hive.staff.no')}</td>
                  <td>
                    <div className="row">
                      {!r.attended.includes(session) ? (
                        <button type="button" className="button small" onClick={() => void checkIn({ registrationId: r.id })} aria-label={t('hive.staff.checkInName', { name: r.name })}>
                          {t('hive.staff.checkIn')}
                        </button>
                      ) : null}
                      <button type="button" className="button small danger" onClick={() => setCancelling(r)} aria-label={t('hive.staff.cancelFor', { name: r.name })}>
                        {t('hive.staff.cancel')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section className="hive-section" aria-labelledby="hive-wait-h">
        <h2 id="hive-wait-h">{t('hive.staff.waitlist')}</h2>
        {waiting.length === 0 ? <p>{t('hive.staff.nobody')}</p> : null}
        <ol>
          {waiting.map((r) => (
            <li key={r.id}>
              {r.name} — {[formatPhone(r.phone), r.email].filter(Boolean).join(' / ')} ({r.code}){' '}
              <button type="button" className="button small danger" onClick={() => setCancelling(r)} aria-label={t('hive.staff.cancelFor', { name: r.name })}>
                {t('hive.staff.cancel')}
              </button>
            </li>
          ))}
        </ol>
      </section>
      {cancelled.length > 0 ? (
        <section className="hive-section" aria-labelledby="hive-cancelled-h">
          <h2 id="hive-cancelled-h">{t('hive.staff.cancelled')}</h2>
          <ul>
            {cancelled.map((r) => (
              <li key={r.id}>
                {r.name} ({r.code}) — {r.cancelReason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {regs.some((r) => r.promotedAt) ? (
        <section className="hive-section" aria-labelledby="hive-promoted-h">
          <h2 id="hive-promoted-h">{t('hive.staff.promoted')}</h2>
          <ul>
            {regs
              .filter((r) => r.promotedAt)
              .map((r) => (
                <li key={r.id}>{t('hive.staff.promotedLine', { name: r.name, when: dateTime(r.promotedAt ?? '') })}</li>
              ))}
          </ul>
        </section>
      ) : null}
      {cancelling ? (
        <CancelDialog
          registration={cancelling}
          onClose={() => setCancelling(null)}
          onDone={(promoted) => {
            setCancelling(null);
            setNotice(promoted.length ? t('hive.staff.promotedNotice', { names: promoted.map((p) => p.name).join(', ') }) : t('hive.staff.cancelledNotice'));
            void load();
          }}
        />
      ) : null}
    </Screen>
  );
}

function CancelDialog(props: { registration: RegistrationView; onClose: () => void; onDone: (promoted: RegistrationView[]) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<KioskError | null>(null);
  return (
    <Dialog title={t('hive.staff.cancelTitle', { name: props.registration.name })} onClose={props.onClose}>
      <div className="form">
        <DeskField id="hive-reg-reason" label={t('hive.staff.reason')} value={reason} onChange={setReason} error={fieldError} maxLength={200} />
        <ErrorText error={error} />
        <div className="row">
          <button type="button" className="button secondary" onClick={props.onClose}>
            {t('hive.staff.keep')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              if (!reason.trim()) {
                setFieldError(t('hive.errors.reason-missing'));
                return;
              }
              void kiosk.call('hive.cancelRegistration', { id: props.registration.id, reason }).then((r) => (r.ok ? props.onDone(r.value.promoted) : setError(r.error)));
            }}
          >
            {t('hive.staff.confirmCancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
