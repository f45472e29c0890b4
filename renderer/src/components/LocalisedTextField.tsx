import { useTranslation } from 'react-i18next';
import { languageCodes, languageNameIn, type LanguageCode } from '../../../shared/languages';
import type { LocalisedText } from '../../../shared/localised-text';
import { useShell } from '../app/shell-context';
import { TextField } from './TextField';

type Props = {
  label: string;
  value: LocalisedText;
  onChange: (value: LocalisedText) => void;
  error?: string;
  maxLength?: number;
  multiline?: boolean;
  /** Languages offered, when a form is changing them (settings); otherwise the branch's. */
  offered?: readonly LanguageCode[];
};

/** The languages a staff form shows for translatable text: those offered, and any the text already has. */
export function useFormLanguages(value?: LocalisedText, offered?: readonly LanguageCode[]): LanguageCode[] {
  const shell = useShell();
  const shown = offered ?? shell.settings.languages;
  return languageCodes.filter((code) => shown.includes(code) || (value?.[code] ?? '') !== '');
}

/**
 * Translatable text in a staff form: one field per language ("Room (Spanish)"), each typed in its own
 * direction with its own on-screen keyboard. A problem with the text as a whole shows under the group.
 */
export function LocalisedTextField({ label, value, onChange, error, maxLength, multiline, offered }: Props) {
  const { t } = useTranslation();
  const shell = useShell();
  const languages = useFormLanguages(value, offered);
  return (
    <fieldset className={`localised-field ${error ? 'field-invalid' : ''}`}>
      <legend>{label}</legend>
      {languages.map((code) => (
        <TextField
          key={code}
          label={t('localised.fieldIn', { field: label, language: languageNameIn(code, shell.language) })}
          lang={code}
          value={value[code] ?? ''}
          onChange={(text) => onChange({ ...value, [code]: text })}
          maxLength={maxLength}
          multiline={multiline}
        />
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
