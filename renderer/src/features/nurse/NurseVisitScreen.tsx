import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasurementsInput, Ticket, Visit, VisitFields } from '../../../../shared/contract/nurse';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { rankResources, resourceTextIn, type Resource } from '../../../../shared/domain/nurse-directory';
import { checkMeasurements, measurementKeys, measurementRanges, urgentReadings, type MeasurementKey, type Measurements } from '../../../../shared/domain/nurse-measurements';
import { answerList, screenerKey } from '../../../../shared/domain/screener-definition';
import { textIn } from '../../../../shared/localised-text';
import { FALLBACK_LANGUAGE, isLanguageCode, languageNames, type LanguageCode } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { ErrorText } from '../../components/ErrorText';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import './nurse.css';
import { CategoryOptions } from './CategoryOptions';

type Loaded = OperationOutput<'nurse.visit'>;
type Readings = Record<MeasurementKey, string>;

const emptyFields = (): VisitFields => ({
  measurements: { systolic: null, diastolic: null, pulse: null, bloodSugar: null, bloodSugarTiming: 'unknown' },
  notes: '',
  referrals: [],
  followUp: { wanted: false, consent: false, contact: '' },
  handledWithout911: false,
});

const readingsOf = (m: MeasurementsInput): Readings => ({
  systolic: m.systolic === null ? '' : String(m.systolic),
  diastolic: m.diastolic === null ? '' : String(m.diastolic),
  pulse: m.pulse === null ? '' : String(m.pulse),
  bloodSugar: m.bloodSugar === null ? '' : String(m.bloodSugar),
});

const parseReading = (text: string): number | null => (text.trim() === '' ? null : /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** One visit record. Opening it is logged by the backend (an audit line per view). */
export function NurseVisitScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  // Staff read the answers in the screen's language, else English.
  const staffLanguage = shell.language;
  const ticketId = shell.route.params?.ticketId ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fields, setFields] = useState<VisitFields>(emptyFields);
  const [readings, setReadings] = useState<Readings>(readingsOf(emptyFields().measurements));
  const [resources, setResources] = useState<Resource[]>([]);
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [printLanguage, setPrintLanguage] = useState<LanguageCode>(FALLBACK_LANGUAGE);
  const [englishCopy, setEnglishCopy] = useState(false);
  const [printJob, setPrintJob] = useState<string | null>(null);

  const adopt = (value: Loaded) => {
    setLoaded(value);
    const visit: Visit | null = value.visit;
    if (visit) {
      const { ticketId: _id, updatedAt: _u, closedAt: _c, ...rest } = visit;
      setFields(rest);
      setReadings(readingsOf(visit.measurements));
    }
    setPrintLanguage(value.ticket.language);
  };
  const load = async () => {
    const result = await kiosk.call('nurse.visit', { ticketId });
    if (result.ok) adopt(result.value);
    else setError(result.error);
  };
  useEffect(() => {
    void load();
    void kiosk.call('nurse.resources', {}).then((r) => (r.ok ? setResources(r.value) : undefined));
    // Loaded once per opening: every load is an audited view.
  }, [ticketId]);

  const numbers: Measurements = useMemo(() => {
    const out: Measurements = {};
    for (const key of measurementKeys) {
      const value = parseReading(readings[key]);
      if (value !== null) out[key] = value;
    }
    return out;
  }, [readings]);
  const issues = checkMeasurements(numbers);
  const urgent = urgentReadings(issues.length === 0 ? numbers : {});

  if (!loaded) {
    return (
      <Screen title={t('nurse.console.title')}>
        <ErrorText error={error} />
      </Screen>
    );
  }
  const ticket: Ticket = loaded.ticket;
  const closed = loaded.visit?.closedAt != null;
  const started = loaded.visit !== null;

  const withReadings = (): VisitFields => ({
    ...fields,
    measurements: {
      ...fields.measurements,
      systolic: numbers.systolic ?? null,
      diastolic: numbers.diastolic ?? null,
      pulse: numbers.pulse ?? null,
      bloodSugar: numbers.bloodSugar ?? null,
    },
  });

  const save = async (close: boolean): Promise<boolean> => {
    setNotice(null);
    setPrintJob(null);
    if (issues.length > 0) return false;
    const result = await kiosk.call(close ? 'nurse.closeVisit' : 'nurse.saveVisit', { ticketId, ...withReadings() });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setLoaded({ ...loaded, visit: result.value, ticket: close ? { ...ticket, status: 'done' } : ticket });
    setNotice(close ? t('nurse.visit.closed') : t('nurse.visit.saved'));
    return true;
  };
  const print = async () => {
    // The sheet prints what is saved: save first (a closed visit is already saved).
    if (!closed && !(await save(false))) return;
    const result = await kiosk.call('nurse.printReferral', { ticketId, language: printLanguage, englishCopy });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const status = result.value.status;
    setPrintJob(result.value.jobId);
    setNotice(status === 'done' ? t('nurse.visit.printed') : status === 'failed' ? t('nurse.visit.printFailed') : t('nurse.visit.printQueued'));
  };
  const start = async () => {
    const result = await kiosk.call('nurse.startVisit', { ticketId });
    if (!result.ok) setError(result.error);
    else await load();
  };

  const issueFor = (key: MeasurementKey): string | undefined => {
    if (Number.isNaN(numbers[key] ?? 0) || Number.isNaN(parseReading(readings[key]) ?? 0)) return t('nurse.visit.notANumber');
    const issue = issues.find((i) => i.field === key);
    if (!issue) return undefined;
    if (issue.code === 'out-of-range') return t('nurse.visit.outOfRange', { min: issue.min, max: issue.max, unit: issue.unit });
    return t('nurse.visit.diastolicBelow');
  };
  const referred = fields.referrals.map((id) => resources.find((r) => r.id === id)).filter((r): r is Resource => r !== undefined);

  return (
    <Screen
      title={t('nurse.visit.title', { number: ticket.number })}
      actions={
        <button type="button" className="button secondary" onClick={() => shell.navigate('nurse.console')}>
          {t('nurse.visit.back')}
        </button>
      }
    >
      <div aria-live="polite">
        {notice ? (
          <p role="status" data-print-job={printJob ?? undefined}>
            {notice}
          </p>
        ) : null}
        <ErrorText error={error} />
      </div>
      <div className="nurse-columns">
        <section className="nurse-section" aria-labelledby="checkin-h">
          <h2 id="checkin-h">{t('nurse.visit.checkIn')}</h2>
          <dl className="nurse-answers">
            <dt>{t('nurse.console.name')}</dt>
            <dd>{ticket.name ?? t('nurse.console.noName')}</dd>
            <dt>{t('nurse.visit.reasons')}</dt>
            <dd>{ticket.reasons.map((r) => t(`nurse.reasons.${r}`)).join(', ')}</dd>
            <dt>{t('nurse.visit.language')}</dt>
            <dd>{languageNames[ticket.language]}</dd>
            <dt>{t('nurse.visit.interpreter')}</dt>
            <dd>{ticket.interpreter ? t('nurse.visit.yes') : t('nurse.visit.no')}</dd>
            <dt>{t('nurse.visit.access')}</dt>
            <dd>{ticket.accessNeeds.length === 0 ? t('nurse.visit.none') : ticket.accessNeeds.map((n) => t(`nurse.access.${n}`)).join(', ')}</dd>
          </dl>
        </section>
        <section className="nurse-section" aria-labelledby="screener-h">
          <h2 id="screener-h">{t('nurse.visit.screener')}</h2>
          {ticket.screener === null || loaded.screener === null ? (
            <p>{t('nurse.visit.screenerNotAsked')}</p>
          ) : (
            <>
              <p>
                <strong>{t('nurse.visit.flagged')}: </strong>
                {loaded.screener.flagged.length === 0
                  ? t('nurse.visit.noneFlagged')
                  : loaded.screener.flagged.map((area) => (
                      <span key={area} className="nurse-flag">
                        {t(`nurse.screener.areas.${area}`)}
                      </span>
                    ))}
              </p>
              {loaded.screener.definition.scoring.map((rule) => {
                const total = loaded.screener?.totals[rule.area];
                return rule.rule === 'sum' && total !== undefined ? (
                  <p key={rule.area}>{t('nurse.visit.areaTotal', { area: t(`nurse.screener.areas.${rule.area}`), total, atLeast: rule.atLeast })}</p>
                ) : null;
              })}
              <p className="hint">{t('nurse.visit.screenerVersion', { title: textIn(loaded.screener.definition.title, staffLanguage), key: screenerKey(loaded.screener.definition) })}</p>
              <dl className="nurse-answers">
                {loaded.screener.definition.questions.map((q) => {
                  const list = answerList(ticket.screener ?? {}, q.id);
                  const label = (a: string) => textIn(q.options.find((o) => o.value === a)?.label, staffLanguage) || a;
                  return (
                    <div key={q.id}>
                      <dt>{textIn(q.text, staffLanguage)}</dt>
                      <dd>{list.length === 0 ? t('nurse.visit.skipped') : list.map(label).join(', ')}</dd>
                    </div>
                  );
                })}
              </dl>
            </>
          )}
        </section>
      </div>

      {!started ? (
        <div>
          <p>{t('nurse.visit.notStarted')}</p>
          <button type="button" className="button primary" onClick={() => void start()}>
            {t('nurse.visit.start')}
          </button>
        </div>
      ) : (
        <form
          className="nurse-visit-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save(false);
          }}
        >
          {closed ? <p className="nurse-warning">{t('nurse.visit.closed')}</p> : null}
          <fieldset disabled={closed} className="nurse-columns" style={{ border: 'none', padding: 0 }}>
            <section className="nurse-section" aria-labelledby="measure-h">
              <h2 id="measure-h">{t('nurse.visit.measurements')}</h2>
              <div className="form">
                {measurementKeys.map((key) => (
                  <TextField
                    key={key}
                    kind="number"
                    label={t(`nurse.visit.${key}`)}
                    hint={t('nurse.visit.rangeHint', measurementRanges[key])}
                    value={readings[key]}
                    maxLength={6}
                    onChange={(v) => setReadings({ ...readings, [key]: v })}
                    error={issueFor(key)}
                  />
                ))}
                <div className="field">
                  <label htmlFor="sugar-timing">{t('nurse.visit.timing')}</label>
                  <select
                    id="sugar-timing"
                    value={fields.measurements.bloodSugarTiming}
                    onChange={(e) => setFields({ ...fields, measurements: { ...fields.measurements, bloodSugarTiming: e.target.value as MeasurementsInput['bloodSugarTiming'] } })}
                  >
                    {(['unknown', 'fasting', 'afterMeal'] as const).map((k) => (
                      <option key={k} value={k}>
                        {t(`nurse.visit.timings.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {urgent.length > 0 ? <p className="nurse-warning">{t('nurse.visit.urgent')}</p> : null}
              </div>
            </section>
            <section className="nurse-section" aria-labelledby="notes-h">
              <h2 id="notes-h">{t('nurse.visit.notes')}</h2>
              <div className="form">
                <TextField label={t('nurse.visit.notes')} multiline value={fields.notes} maxLength={4000} onChange={(v) => setFields({ ...fields, notes: v })} />
                <fieldset>
                  <legend>{t('nurse.visit.followUp')}</legend>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={fields.followUp.wanted}
                      onChange={(e) => setFields({ ...fields, followUp: e.target.checked ? { ...fields.followUp, wanted: true } : { wanted: false, consent: false, contact: '' } })}
                    />
                    {t('nurse.visit.followUpWanted')}
                  </label>
                  {fields.followUp.wanted ? (
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={fields.followUp.consent}
                        onChange={(e) => setFields({ ...fields, followUp: { ...fields.followUp, consent: e.target.checked, contact: e.target.checked ? fields.followUp.contact : '' } })}
                      />
                      {t('nurse.visit.consent')}
                    </label>
                  ) : null}
                  {fields.followUp.wanted && fields.followUp.consent ? (
                    <TextField label={t('nurse.visit.contact')} value={fields.followUp.contact} maxLength={120} onChange={(v) => setFields({ ...fields, followUp: { ...fields.followUp, contact: v } })} />
                  ) : null}
                </fieldset>
                <label className="check">
                  <input type="checkbox" checked={fields.handledWithout911} onChange={(e) => setFields({ ...fields, handledWithout911: e.target.checked })} />
                  {t('nurse.visit.handled')}
                </label>
              </div>
            </section>
          </fieldset>
          <ReferralPicker
            flagged={loaded.screener?.flagged ?? []}
            disabled={closed}
            resources={resources}
            chosen={referred}
            onChange={(ids) => setFields({ ...fields, referrals: ids })}
          />
          <div className="screen-actions">
            {!closed ? (
              <>
                <button type="submit" className="button primary">
                  {t('nurse.visit.save')}
                </button>
                <button type="button" className="button primary" onClick={() => void save(true)}>
                  {t('nurse.visit.close')}
                </button>
              </>
            ) : null}
          </div>
          {referred.length > 0 ? (
            <section className="nurse-section" aria-labelledby="print-h">
              <h2 id="print-h">{t('nurse.visit.printReferral')}</h2>
              <div className="row" style={{ alignItems: 'end' }}>
                <div className="field">
                  <label htmlFor="print-language">{t('nurse.visit.printLanguage')}</label>
                  <select id="print-language" value={printLanguage} onChange={(e) => isLanguageCode(e.target.value) && setPrintLanguage(e.target.value)}>
                    {shell.settings.languages.map((code) => (
                      <option key={code} value={code} lang={code}>
                        {languageNames[code]}
                      </option>
                    ))}
                  </select>
                </div>
                {printLanguage !== FALLBACK_LANGUAGE ? (
                  <label className="check">
                    <input type="checkbox" checked={englishCopy} onChange={(e) => setEnglishCopy(e.target.checked)} />
                    {t('nurse.visit.englishCopy')}
                  </label>
                ) : null}
                <button type="button" className="button primary" onClick={() => void print()}>
                  {t('nurse.visit.printReferral')}
                </button>
              </div>
            </section>
          ) : null}
        </form>
      )}
    </Screen>
  );
}

function ReferralPicker(props: { resources: Resource[]; chosen: Resource[]; flagged: readonly string[]; disabled: boolean; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const [category, setCategory] = useState<string>('all');
  const [search, setSearch] = useState('');
  const chosenIds = props.chosen.map((r) => r.id);
  const needle = search.trim().toLowerCase();
  // Needs the screener flagged come first (a food need: Books & Bread, here today).
  const choices = rankResources(props.resources, props.flagged).filter(
    (r) =>
      r.active &&
      !chosenIds.includes(r.id) &&
      (category === 'all' || r.category === category) &&
      (needle === '' || `${r.organisation} ${resourceTextIn(r, language).programme} ${resourceTextIn(r, language).helpsWith}`.toLowerCase().includes(needle)),
  );
  return (
    <section className="nurse-section" aria-labelledby="referrals-h" style={{ marginBlockStart: '1rem' }}>
      <h2 id="referrals-h">{t('nurse.visit.referrals')}</h2>
      {props.chosen.length === 0 ? <p>{t('nurse.visit.noReferrals')}</p> : null}
      <ul className="nurse-list" data-testid="nurse-referrals">
        {props.chosen.map((r) => (
          <li key={r.id}>
            <span>
              <strong>{r.organisation}</strong> — {resourceTextIn(r, language).programme}
            </span>
            {!props.disabled ? (
              <button type="button" className="button small" onClick={() => props.onChange(chosenIds.filter((id) => id !== r.id))}>
                {t('nurse.visit.removeReferral', { name: r.organisation })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!props.disabled ? (
        <>
          <div className="row" style={{ alignItems: 'end', marginBlock: '0.75rem' }}>
            <div className="field">
              <label htmlFor="ref-category">{t('nurse.visit.category')}</label>
              <select id="ref-category" value={category} onChange={(e) => setCategory(e.target.value)}>
                <option value="all">{t('nurse.visit.allCategories')}</option>
                <CategoryOptions />
              </select>
            </div>
            <TextField label={t('nurse.visit.search')} value={search} maxLength={60} onChange={setSearch} />
          </div>
          <ul className="nurse-list nurse-resource-picker">
            {choices.map((r) => (
              <li key={r.id}>
                <span>
                  <strong>{r.organisation}</strong> — {resourceTextIn(r, language).programme}
                  <br />
                  <span className="hint">
                    {t(`nurse.categories.${r.category}`)} · {resourceTextIn(r, language).helpsWith}
                  </span>
                </span>
                <button type="button" className="button small" onClick={() => props.onChange([...chosenIds, r.id])}>
                  {t('nurse.visit.addReferral', { name: r.organisation })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
