import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeLookupResult } from '../../../../shared/contract/hive';
import type { KioskError } from '../../../../shared/result';
import { useRequestKey } from '../../app/request-key';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { FlowDone, StepActions, useFlowStep } from './hive-flow-parts';
import { useFormats } from './hive-format';
import { textIn } from '../../../../shared/localised-text';

type Step = 'find' | 'confirm' | 'done';

/**
 * Cancel a mentor meeting or a workshop place: slip code and the phone or email given → what would be
 * cancelled (times and a title or the mentor's first name only) → cancelled. State lives here, so the
 * shell's reset wipes it.
 */
export function CancelFlow({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const [step, setStep] = useFlowStep<Step>('find');
  const [code, setCode] = useState('');
  const [contact, setContact] = useState('');
  const [missing, setMissing] = useState<{ code?: string; contact?: string }>({});
  const [found, setFound] = useState<CodeLookupResult | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per submit: a retry after a lost answer gets what the first try saved.
  const withKey = useRequestKey();

  const find = async () => {
    const problems = {
      code: code.trim() ? undefined : t('hive.cancel.codeMissing'),
      contact: contact.trim() ? undefined : t('hive.cancel.contactMissing'),
    };
    setMissing(problems);
    setError(null);
    if (problems.code || problems.contact) return;
    setBusy(true);
    const r = await kiosk.call('hive.findByCode', { code, contact });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setFound(r.value);
    setStep('confirm');
  };

  const cancel = async () => {
    setBusy(true);
    setError(null);
    const r = await kiosk.call('hive.cancelByCode', withKey({ code, contact }));
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    // Nothing the patron typed stays on screen after this.
    setCode('');
    setContact('');
    setStep('done');
  };

  if (step === 'find' || !found) {
    return (
      <Screen
        title={t('hive.cancel.title')}
        actions={<StepActions onBack={onBack} next={t('hive.cancel.find')} onNext={() => void find()} busy={busy} />}
      >
        <p>{t('hive.cancel.intro')}</p>
        <ErrorText error={error} />
        <div className="form">
          <TextField label={t('hive.cancel.code')} hint={t('hive.cancel.codeHint')} value={code} onChange={(v) => setCode(v.toUpperCase())} error={missing.code} maxLength={12} required />
          <TextField label={t('hive.cancel.contact')} kind="email" value={contact} onChange={setContact} error={missing.contact} maxLength={120} required />
        </div>
      </Screen>
    );
  }

  if (step === 'confirm') {
    const what = found.kind === 'booking' ? t('hive.cancel.mentorMeeting', { name: found.mentorFirstName }) : t('hive.cancel.workshop', { title: found.workshopTitle ? textIn(found.workshopTitle, shell.language) : '' });
    return (
      <Screen
        title={t('hive.cancel.confirmTitle')}
        actions={
          <>
            <button type="button" className="button secondary" onClick={() => setStep('find')}>
              {t('hive.cancel.keep')}
            </button>
            <button type="button" className="button primary" disabled={busy} onClick={() => void cancel()}>
              {t('hive.cancel.confirm')}
            </button>
          </>
        }
      >
        <ErrorText error={error} />
        <dl className="hive-review" data-testid="hive-cancel-summary">
          <dt>{t('hive.cancel.what')}</dt>
          <dd>{what}</dd>
          <dt>{t('hive.cancel.date')}</dt>
          <dd>{fmt.day(found.start)}</dd>
          <dt>{t('hive.cancel.time')}</dt>
          <dd>
            {fmt.time(found.start)} – {fmt.time(found.end)}
          </dd>
        </dl>
        {found.kind === 'registration' && found.sessions > 1 ? <p>{t('hive.cancel.series', { count: found.sessions })}</p> : null}
        {found.status === 'waitlisted' ? <p>{t('hive.cancel.waitlisted')}</p> : null}
      </Screen>
    );
  }

  return (
    <FlowDone title={t('hive.cancel.doneTitle')}>
      <div className="hive-done" role="status">
        <p>
          <strong>{found.kind === 'booking' ? t('hive.cancel.doneBooking') : t('hive.cancel.doneWorkshop')}</strong>
        </p>
      </div>
    </FlowDone>
  );
}
