import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../../components/ErrorText';
import { TextField } from '../../../../components/TextField';
import type { Flow } from '../../../../flow/flow';
import { StepLayout } from '../../../../flow/StepLayout';
import { kiosk } from '../../../../kiosk-client';
import type { CancelAction, CancelData } from '../cancel-state';

/** Step 1: the code on the slip and the phone or email given when booking. */
export function FindStep({ flow }: { flow: Flow<CancelData, CancelAction> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { code, contact, tried } = flow.data;
  const missing = { code: tried && !code.trim() ? t('hive.cancel.codeMissing') : undefined, contact: tried && !contact.trim() ? t('hive.cancel.contactMissing') : undefined };
  const find = async () => {
    flow.dispatch({ type: 'tried' });
    if (!code.trim() || !contact.trim()) return;
    setBusy(true);
    const r = await kiosk.call('hive.findByCode', { code, contact });
    setBusy(false);
    if (!r.ok) return flow.dispatch({ type: 'error', error: r.error });
    flow.dispatch({ type: 'found', found: r.value });
    flow.go('confirm');
  };
  return (
    <StepLayout title={t('hive.cancel.title')} split intro={<p>{t('hive.cancel.intro')}</p>} main={{ label: t('hive.cancel.find'), onPress: () => void find(), busy }}>
      <ErrorText error={flow.data.error} />
      <div className="form">
        <TextField label={t('hive.cancel.code')} hint={t('hive.cancel.codeHint')} value={code} onChange={(value) => flow.dispatch({ type: 'code', value })} error={missing.code} maxLength={12} required openKeyboard={code === ''} />
        <TextField label={t('hive.cancel.contact')} kind="email" value={contact} onChange={(value) => flow.dispatch({ type: 'contact', value })} error={missing.contact} maxLength={120} required />
      </div>
    </StepLayout>
  );
}
