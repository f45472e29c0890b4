import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiveSettings } from '../../../../shared/contract/hive';
import type { KioskError } from '../../../../shared/result';
import { ErrorText, useFieldError } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { LocalisedTextField } from '../../components/LocalisedTextField';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import { DatedNotesEditor, patchAt, StaffBack } from './staff-parts';
import './hive.css';

type RuleKey = keyof HiveSettings['rules'];
const ruleKeys: RuleKey[] = ['maxDaysAhead', 'minNoticeHours', 'cancelCutoffHours', 'maxUpcomingPerPatron'];

/** Booking rules, branch closing days, areas of help and what to bring. */
export function HiveRulesScreen() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HiveSettings | null>(null);
  const [numbers, setNumbers] = useState<Record<RuleKey, string> | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = useFieldError(error);
  useEffect(() => {
    void kiosk.call('hive.settings', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setDraft(r.value);
      setNumbers(Object.fromEntries(ruleKeys.map((k) => [k, String(r.value.rules[k])])) as Record<RuleKey, string>);
    });
  }, []);
  if (!draft || !numbers) return <Screen title={t('hive.staff.rulesTitle')} actions={<StaffBack />}><ErrorText error={error} /></Screen>;
  const set = (patch: Partial<HiveSettings>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const save = async () => {
    const rules = Object.fromEntries(ruleKeys.map((k) => [k, Number(numbers[k])])) as HiveSettings['rules'];
    const r = await kiosk.call('hive.saveSettings', { ...draft, rules });
    if (r.ok) {
      setDraft(r.value);
      setError(null);
      setSaved(true);
    } else setError(r.error);
  };
  return (
    <Screen
      title={t('hive.staff.rulesTitle')}
      actions={
        <>
          <StaffBack />
          <button type="button" className="button primary" onClick={() => void save()}>
            {t('hive.staff.save')}
          </button>
        </>
      }
    >
      <ErrorText error={error} />
      {saved ? <p role="status">{t('hive.staff.saved')}</p> : null}
      <div className="form">
        <div className="hive-grid-2">
          {ruleKeys.map((k) => (
            <TextField key={k} label={t(`hive.staff.rules.${k}`)} kind="number" value={numbers[k]} onChange={(v) => setNumbers({ ...numbers, [k]: v })} error={fieldError(`rules.${k}`)} maxLength={3} />
          ))}
        </div>
        <LocalisedTextField label={t('hive.staff.bring')} value={draft.whatToBring} onChange={(whatToBring) => set({ whatToBring })} error={fieldError('whatToBring')} multiline maxLength={600} />
        <DatedNotesEditor legend={t('hive.staff.closings')} idPrefix="hive-close" addLabel={t('hive.staff.addClosing')} value={draft.closings} onChange={(closings) => set({ closings })} />
        <fieldset>
          <legend>{t('hive.staff.areas')}</legend>
          {draft.areas.map((a, i) => (
            <LocalisedTextField key={i} label={t('hive.staff.areaN', { n: i + 1 })} value={a.name} onChange={(name) => set({ areas: patchAt(draft.areas, i, { name }) })} error={fieldError(`areas.${i}.name`)} maxLength={600} />
          ))}
          <button type="button" className="button small" onClick={() => set({ areas: [...draft.areas, { id: `area-${Date.now().toString(36)}`, name: {} }] })}>
            {t('hive.staff.addArea')}
          </button>
        </fieldset>
      </div>
    </Screen>
  );
}
