import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resourceTextFields, resourceTextIn, type Resource, type ResourceText } from '../../../../shared/domain/nurse-directory';
import { FALLBACK_LANGUAGE, languageCodes, languageNameIn, type LanguageCode } from '../../../../shared/languages';
import type { KioskError } from '../../../../shared/result';
import { useShell } from '../../app/shell-context';
import { CsvDownload } from '../../components/CsvDownload';
import { ErrorText, useFieldError } from '../../components/ErrorText';
import { Form } from '../../components/Form';
import { Screen } from '../../components/Screen';
import { StaffHomeButton } from '../../components/StaffHomeButton';
import { TextField } from '../../components/TextField';
import { kiosk } from '../../kiosk-client';
import './nurse.css';
import { CategoryOptions } from './CategoryOptions';

const blankText = (): ResourceText => ({ programme: '', helpsWith: '', hours: '', eligibility: '', languages: '', documents: '', nextStep: '', fees: '', accessibility: '' });
const blankResource = (): Resource => ({ id: '', category: 'clinic', organisation: '', address: '', phone: '', website: '', active: true, text: { en: blankText() } });
const multiline = new Set<keyof ResourceText>(['helpsWith', 'hours', 'eligibility', 'documents', 'nextStep']);

/** The referral directory: list, edit, CSV export and all-or-nothing import. Nurse and admin. */
export function NurseDirectoryScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [resources, setResources] = useState<Resource[]>([]);
  const [editing, setEditing] = useState<Resource | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [exportCsvText, setExportCsvText] = useState<string | null>(null);
  const load = async () => {
    const result = await kiosk.call('nurse.resources', {});
    if (result.ok) setResources(result.value);
    else setError(result.error);
  };
  useEffect(() => {
    void load();
  }, []);

  const exportCsv = async () => {
    const result = await kiosk.call('nurse.exportResources', {});
    if (!result.ok) return setError(result.error);
    setExportCsvText(result.value.csv);
  };
  const importCsv = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    const result = await kiosk.call('nurse.importResources', { csv: await file.text() });
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('nurse.directory.imported', result.value));
    await load();
  };

  if (editing) {
    return (
      <ResourceForm
        resource={editing}
        onDone={async (message) => {
          setEditing(null);
          setNotice(message);
          await load();
        }}
      />
    );
  }
  return (
    <Screen
      title={t('nurse.directory.title')}
      actions={
        <StaffHomeButton />
      }
    >
      <div className="row">
        <button type="button" className="button primary" onClick={() => setEditing(blankResource())}>
          {t('nurse.directory.add')}
        </button>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('nurse.directory.export')}
        </button>
        {exportCsvText !== null ? <CsvDownload csv={exportCsvText} fileName="nurse-directory.csv" label={t('nurse.directory.exportReady')} /> : null}
      </div>
      <div className="field" style={{ marginBlock: '1rem' }}>
        <label htmlFor="csv-import">{t('nurse.directory.importFile')}</label>
        <input id="csv-import" type="file" accept=".csv,text/csv" onChange={(e) => void importCsv(e.target.files?.[0])} />
      </div>
      <div aria-live="polite">
        {notice ? <p role="status">{notice}</p> : null}
        <ErrorText error={error} />
        <CsvProblems error={error} />
      </div>
      <p>{t('nurse.directory.count', { count: resources.length })}</p>
      {resources.length === 0 ? <p>{t('nurse.directory.empty')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('nurse.resource.organisation')}</th>
            <th scope="col">{t('nurse.resource.programme')}</th>
            <th scope="col">{t('nurse.resource.category')}</th>
            <th scope="col">{t('nurse.resource.active')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('nurse.directory.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {resources.map((r) => (
            <tr key={r.id}>
              <td>{r.organisation}</td>
              <td>{resourceTextIn(r, shell.language).programme}</td>
              <td>{t(`nurse.categories.${r.category}`)}</td>
              <td>{r.active ? t('nurse.resource.active') : t('nurse.resource.inactive')}</td>
              <td>
                <button type="button" className="button small" aria-label={t('nurse.directory.editLabel', { name: r.organisation })} onClick={() => setEditing(r)}>
                  {t('nurse.directory.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Screen>
  );
}

/** Every row problem of a refused CSV import, translated. */
function CsvProblems({ error }: { error: KioskError | null }) {
  const { t, i18n } = useTranslation();
  if (!error || error.code !== 'nurse.csv-invalid' || !error.fields) return null;
  return (
    <ul>
      {error.fields.map((f) => {
        const [row = '', column = ''] = f.path.split(/\.(.*)/s);
        const problem = i18n.exists(`nurse.csvIssues.${f.code}`) ? t(`nurse.csvIssues.${f.code}`) : t('nurse.csvIssues.other');
        return <li key={`${f.path}-${f.code}`}>{t('nurse.directory.rowProblem', { row, column, problem })}</li>;
      })}
    </ul>
  );
}

function ResourceForm({ resource, onDone }: { resource: Resource; onDone: (message: string | null) => Promise<void> }) {
  const { t } = useTranslation();
  const shell = useShell();
  // The offered languages, and any the entry is already written in.
  const languages = languageCodes.filter((code) => shell.settings.languages.includes(code) || resource.text[code] !== undefined);
  const [draft, setDraft] = useState<Resource>(resource);
  const [error, setError] = useState<KioskError | null>(null);
  const fieldError = useFieldError(error);
  const setText = (lang: LanguageCode, field: keyof ResourceText, value: string) => {
    const current = draft.text[lang] ?? blankText();
    setDraft({ ...draft, text: { ...draft.text, [lang]: { ...current, [field]: value } } });
  };
  const save = async () => {
    // A language left entirely blank is sent as "not translated".
    const text = { ...draft.text };
    for (const lang of languageCodes) {
      const value = text[lang];
      if (value && Object.values(value).every((v) => v.trim() === '')) delete text[lang];
    }
    const result = await kiosk.call('nurse.saveResource', { ...draft, id: draft.id === '' ? undefined : draft.id, text });
    if (!result.ok) return setError(result.error);
    await onDone(t('nurse.directory.saved'));
  };
  return (
    <Screen title={draft.id === '' ? t('nurse.directory.addTitle') : t('nurse.directory.editTitle')}>
      <Form onSubmit={save}>
        <div className="field">
          <label htmlFor="res-category">{t('nurse.resource.category')}</label>
          <select id="res-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value as Resource['category'] })}>
            <CategoryOptions />
          </select>
        </div>
        <TextField label={t('nurse.resource.organisation')} value={draft.organisation} maxLength={120} onChange={(v) => setDraft({ ...draft, organisation: v })} error={fieldError('organisation')} />
        <TextField label={t('nurse.resource.address')} value={draft.address} maxLength={200} onChange={(v) => setDraft({ ...draft, address: v })} error={fieldError('address')} />
        <TextField label={t('nurse.resource.phone')} kind="tel" value={draft.phone} maxLength={40} onChange={(v) => setDraft({ ...draft, phone: v })} error={fieldError('phone')} />
        <TextField label={t('nurse.resource.website')} value={draft.website} maxLength={200} onChange={(v) => setDraft({ ...draft, website: v })} error={fieldError('website')} />
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
          {t('nurse.resource.active')}
        </label>
        {fieldError('text') ? <p className="field-error">{fieldError('text')}</p> : null}
        {languages.map((lang) => (
          <fieldset key={lang}>
            <legend>{t('nurse.directory.textIn', { language: languageNameIn(lang, shell.language) })}</legend>
            {lang !== FALLBACK_LANGUAGE ? <p className="hint">{t('nurse.directory.optionalLanguage')}</p> : null}
            {resourceTextFields.map((field) => (
              <TextField
                key={field}
                label={t(`nurse.resource.${field}`)}
                lang={lang}
                value={draft.text[lang]?.[field] ?? ''}
                multiline={multiline.has(field)}
                maxLength={field === 'programme' ? 120 : 400}
                onChange={(v) => setText(lang, field, v)}
                error={fieldError(`text.${lang}.${field}`)}
              />
            ))}
          </fieldset>
        ))}
        <ErrorText error={error} />
        <div className="row">
          <button type="submit" className="button primary">
            {t('nurse.directory.save')}
          </button>
          <button type="button" className="button secondary" onClick={() => void onDone(null)}>
            {t('nurse.directory.cancel')}
          </button>
        </div>
      </Form>
    </Screen>
  );
}
