import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionCall } from '../../../../shared/contract/hive';
import { formatDateTime, formatShortDayTime } from '../../../../shared/domain/format';
import { languageNames } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { kiosk } from '../../kiosk-client';
import { useTopics } from '../../app/use-topics';
import { textIn } from '../../../../shared/localised-text';

/**
 * People moved up from a waitlist: the kiosk sends no texts, so staff phone them (or email) and tick them off.
 * Every tick is in the audit log; the staff home alerts with a count until the list is done.
 */
export function PromotionCalls() {
  const { t } = useTranslation();
  const shell = useShell();
  const { language } = shell;
  const timeZone = shell.settings.timeZone;
  const [calls, setCalls] = useState<PromotionCall[] | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const load = async () => {
    const result = await kiosk.call('hive.promotionCalls', {});
    if (result.ok) setCalls(result.value);
    else setError(result.error);
  };
  useTopics(['bookings'], load, 15_000);
  const markCalled = async (call: PromotionCall) => {
    const result = await kiosk.call('hive.markCalled', { registrationId: call.registrationId });
    setError(result.ok ? null : result.error);
    await load();
  };
  return (
    <section className="hive-section hive-calls" aria-labelledby="hive-calls-h" data-testid="hive-calls">
      <h2 id="hive-calls-h">{t('hive.calls.title')}</h2>
      <p className="hint">{t('hive.calls.note')}</p>
      <ErrorText error={error} />
      {calls && calls.length === 0 ? <p>{t('hive.calls.empty')}</p> : null}
      {calls && calls.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('hive.calls.person')}</th>
              <th scope="col">{t('hive.calls.phone')}</th>
              <th scope="col">{t('hive.calls.workshop')}</th>
              <th scope="col">{t('hive.calls.when')}</th>
              <th scope="col">{t('hive.calls.moved')}</th>
              <th scope="col">{t('hive.calls.called')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => (
              <tr key={call.registrationId} data-testid="hive-call">
                <td>
                  {call.name} <span className="hint">({languageNames[call.language]})</span>
                </td>
                <td>{[call.phone, call.email].filter(Boolean).join(' / ')}</td>
                <td>{textIn(call.workshopTitle, language)}</td>
                <td>{formatShortDayTime(call.firstStart, language, timeZone)}</td>
                <td>{formatDateTime(call.promotedAt, language, timeZone)}</td>
                <td>
                  {call.calledAt ? (
                    t('hive.calls.calledBy', { by: call.calledBy, when: formatDateTime(call.calledAt, language, timeZone) })
                  ) : (
                    <button type="button" className="button small primary" aria-label={t('hive.calls.calledLabel', { name: call.name })} onClick={() => void markCalled(call)}>
                      {t('hive.calls.called')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
