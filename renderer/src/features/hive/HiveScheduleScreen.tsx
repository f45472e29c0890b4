import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView, HiveArea, WorkshopView } from '../../../../shared/contract/hive';
import { addDays, localDateOf } from '../../../../shared/domain/hive-time';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { kiosk } from '../../kiosk-client';

import { DeskField, PrintNote, StaffBack } from './staff-parts';
import './hive.css';
import { textIn } from '../../../../shared/localised-text';
import { formatLocalDate, formatPhone, formatShortDayTime } from '../../../../shared/domain/format';

/** Day and week view of mentoring bookings and workshops, for the desk. */
export function HiveScheduleScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const tz = shell.settings.timeZone;
  const [from, setFrom] = useState(() => localDateOf(new Date(), tz));
  const [days, setDays] = useState<1 | 7>(1);
  const [data, setData] = useState<{ bookings: BookingView[]; workshops: WorkshopView[] } | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [open, setOpen] = useState<BookingView | null>(null);
  const [printed, setPrinted] = useState<string | null>(null);
  const language = shell.language;
  const [areas, setAreas] = useState<HiveArea[]>([]);
  useEffect(() => {
    void kiosk.call('hive.catalog', {}).then((r) => r.ok && setAreas(r.value.areas));
  }, []);
  const areaName = (id: string) => textIn(areas.find((a) => a.id === id)?.name, language) || id;
  const dateTime = (iso: string) => formatShortDayTime(iso, language, tz);

  const load = useCallback(async () => {
    const r = await kiosk.call('hive.schedule', { from, days });
    if (r.ok) {
      setData(r.value);
      setError(null);
    } else setError(r.error);
  }, [from, days]);
  useEffect(() => {
    void load();
  }, [load]);

  const mentorsToday = [...new Map((data?.bookings ?? []).filter((b) => b.status !== 'cancelled').map((b) => [b.mentorId, b.mentorName])).entries()];

  const printDay = async (mentorId: string) => {
    const r = await kiosk.call('hive.printMentorDay', { mentorId, date: from });
    if (r.ok) setPrinted(r.value.printStatus);
    else setError(r.error);
  };

  return (
    <Screen title={t('hive.staff.scheduleTitle')} actions={<StaffBack />}>
      <div className="hive-toolbar">
        <div className="field">
          <label htmlFor="hive-from">{t('hive.staff.date')}</label>
          <input id="hive-from" type="date" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
        </div>
        <button type="button" className="button small" onClick={() => setFrom(addDays(from, -days))}>
          {t('hive.staff.previous')}
        </button>
        <button type="button" className="button small" onClick={() => setFrom(localDateOf(new Date(), tz))}>
          {t('hive.staff.today')}
        </button>
        <button type="button" className="button small" onClick={() => setFrom(addDays(from, days))}>
          {t('hive.staff.next')}
        </button>
        <button type="button" className="button small" aria-pressed={days === 1} onClick={() => setDays(1)}>
          {t('hive.staff.day')}
        </button>
        <button type="button" className="button small" aria-pressed={days === 7} onClick={() => setDays(7)}>
          {t('hive.staff.week')}
        </button>
      </div>
      <p>{days === 1 ? formatLocalDate(from, language) : t('hive.staff.weekOf', { from: formatLocalDate(from, language) })}</p>
      <ErrorText error={error} />
      <PrintNote status={printed} />
      <section className="hive-section" aria-labelledby="hive-bookings-h">
        <h2 id="hive-bookings-h">{t('hive.staff.bookings')}</h2>
        {data && data.bookings.length === 0 ? <p>{t('hive.staff.noBookings')}</p> : null}
        {data && data.bookings.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('hive.staff.when')}</th>
                <th scope="col">{t('hive.review.mentor')}</th>
                <th scope="col">{t('hive.staff.name')}</th>
                <th scope="col">{t('hive.staff.area')}</th>
                <th scope="col">{t('hive.staff.status')}</th>
                <th scope="col">{t('hive.staff.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.bookings.map((b) => (
                <tr key={b.id} className={b.status === 'cancelled' ? 'hive-status-cancelled' : undefined}>
                  <td>{dateTime(b.start)}</td>
                  <td>{b.mentorName}</td>
                  <td>{b.name || t('hive.staff.removed')}</td>
                  <td>{areaName(b.area)}</td>
                  <td>{t(`hive.status.${b.status}`)}</td>
                  <td>
                    <button type="button" className="button small" onClick={() => setOpen(b)} aria-label={t('hive.staff.detailsFor', { name: b.name || b.code })}>
                      {t('hive.staff.details')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {days === 1 && mentorsToday.length > 0 ? (
          <div className="row">
            {mentorsToday.map(([id, name]) => (
              <button key={id} type="button" className="button small" onClick={() => void printDay(id)}>
                {t('hive.staff.printDay', { name })}
              </button>
            ))}
          </div>
        ) : null}
      </section>
      <section className="hive-section" aria-labelledby="hive-workshops-h">
        <h2 id="hive-workshops-h">{t('hive.staff.workshops')}</h2>
        {data && data.workshops.length === 0 ? <p>{t('hive.staff.noWorkshops')}</p> : null}
        <ul className="hive-choices">
          {(data?.workshops ?? []).map((w) => (
            <li key={w.id}>
              <button type="button" className="hive-choice" onClick={() => shell.navigate('hive.staff.workshop', { id: w.id })}>
                {textIn(w.title, language)}
                <small>{w.starts.map((s) => dateTime(s)).join(' · ')}</small>
                <small>{t('hive.staff.fill', { registered: w.registered, capacity: w.capacity, waitlisted: w.waitlisted })}</small>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {open ? (
        <BookingDialog
          booking={open}
          onClose={() => setOpen(null)}
          onChanged={(b) => {
            setOpen(b);
            void load();
          }}
          format={dateTime}
        />
      ) : null}
    </Screen>
  );
}

function BookingDialog(props: { booking: BookingView; onClose: () => void; onChanged: (b: BookingView) => void; format: (iso: string) => string }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const b = props.booking;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const act = async (call: () => ReturnType<typeof kiosk.call<'hive.markBooking'>>) => {
    const r = await call();
    if (r.ok) {
      setError(null);
      props.onChanged(r.value);
    } else setError(r.error);
  };
  return (
    <Dialog title={t('hive.staff.bookingTitle', { code: b.code })} onClose={props.onClose}>
      <dl className="hive-review">
        <dt>{t('hive.review.when')}</dt>
        <dd>{props.format(b.start)}</dd>
        <dt>{t('hive.review.mentor')}</dt>
        <dd>{b.mentorName}</dd>
        <dt>{t('hive.review.room')}</dt>
        <dd>{textIn(b.room, language)}</dd>
        <dt>{t('hive.staff.name')}</dt>
        <dd>{b.name}</dd>
        <dt>{t('hive.contact.phone')}</dt>
        <dd>{b.phone ? formatPhone(b.phone) : '—'}</dd>
        <dt>{t('hive.contact.email')}</dt>
        <dd>{b.email || '—'}</dd>
        <dt>{t('hive.intake.stage')}</dt>
        <dd>{t(`hive.stage.${b.stage}`)}</dd>
        <dt>{t('hive.intake.industry')}</dt>
        <dd>{b.industry || '—'}</dd>
        <dt>{t('hive.intake.wants')}</dt>
        <dd>{b.wants || '—'}</dd>
        <dt>{t('hive.staff.status')}</dt>
        <dd>{t(`hive.status.${b.status}`)}</dd>
        {b.cancelReason ? (
          <>
            <dt>{t('hive.staff.reason')}</dt>
            <dd>{b.cancelReason}</dd>
          </>
        ) : null}
      </dl>
      <ErrorText error={error} />
      {b.status !== 'cancelled' ? (
        <div className="row">
          <button type="button" className="button" onClick={() => void act(() => kiosk.call('hive.markBooking', { id: b.id, status: 'attended' }))}>
            {t('hive.staff.markAttended')}
          </button>
          <button type="button" className="button" onClick={() => void act(() => kiosk.call('hive.markBooking', { id: b.id, status: 'no-show' }))}>
            {t('hive.staff.markNoShow')}
          </button>
        </div>
      ) : null}
      {b.status === 'booked' ? (
        <div className="form hive-section">
          <DeskField id="hive-booking-reason" label={t('hive.staff.reason')} value={reason} onChange={setReason} error={reasonError} maxLength={200} />
          <button
            type="button"
            className="button danger"
            onClick={() => {
              if (!reason.trim()) {
                setReasonError(t('hive.errors.reason-missing'));
                return;
              }
              void act(() => kiosk.call('hive.cancelBooking', { id: b.id, reason }));
            }}
          >
            {t('hive.staff.cancelBooking')}
          </button>
        </div>
      ) : null}
      <div className="screen-actions">
        <button type="button" className="button primary" onClick={props.onClose}>
          {t('hive.staff.close')}
        </button>
      </div>
    </Dialog>
  );
}
