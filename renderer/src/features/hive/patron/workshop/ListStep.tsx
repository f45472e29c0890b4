import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { ErrorText } from '../../../../components/ErrorText';
import { StepLayout } from '../../../../flow/StepLayout';
import { kiosk } from '../../../../kiosk-client';
import { useFormats } from '../../hive-format';
import { isFull } from '../workshop-state';
import { datesOf, type WorkshopFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Step 1: the upcoming workshops as large cards (a full one says joining is the waitlist, and the place); tapping one chooses it. */
export function ListStep({ flow }: { flow: WorkshopFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { language } = shell;
  const fmt = useFormats(language, shell.settings.timeZone);
  const { list } = flow.data;
  useEffect(() => {
    void kiosk.call('hive.workshops', {}).then((r) => flow.dispatch(r.ok ? { type: 'list', list: r.value } : { type: 'error', error: r.error }));
  }, []);
  return (
    <StepLayout title={t('hive.workshop.listTitle')} main={flow.data.chosen ? { label: t('hive.next'), onPress: () => flow.go('contact') } : null}>
      <ErrorText error={flow.data.error} />
      {list && list.length === 0 ? <p>{t('hive.workshop.none')}</p> : null}
      <ul className="hive-cards">
        {(list ?? []).map((w) => {
          const full = isFull(w);
          return (
            <li key={w.id}>
              <button
                type="button"
                className="hive-card choice-card"
                aria-pressed={flow.data.chosen?.id === w.id}
                onClick={() => {
                  flow.dispatch({ type: 'choose', workshop: w });
                  flow.go('contact');
                }}
              >
                <span className="hive-card-title" id={`hive-w-${w.id}`}>
                  {textIn(w.title, language)}
                </span>
                {w.sessions.length > 1 ? <span className="hive-badge">{t('hive.workshop.series', { count: w.sessions.length })}</span> : null}
                <span className="hive-card-text">{textIn(w.description, language)}</span>
                <span className="hive-card-dates">
                  {datesOf(w, fmt).map((d) => (
                    <span key={d}>{d}</span>
                  ))}
                </span>
                <span className="hive-card-text">
                  {textIn(w.room, language)} · {w.presenter}
                </span>
                {full ? (
                  <span className="hive-card-waitlist">
                    <strong className="hive-full">{t('hive.workshop.fullNotice')}</strong>
                    <span>{t('hive.waitlist.willBe', { position: w.waitlisted + 1 })}</span>
                  </span>
                ) : (
                  <strong className="hive-seats">{t('hive.workshop.seatsLeft', { count: w.seatsLeft })}</strong>
                )}
                <span className="hive-card-action">
                  {full ? t('hive.workshop.joinWaitlist') : t('hive.workshop.register')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </StepLayout>
  );
}
