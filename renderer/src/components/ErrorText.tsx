import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayTime } from '../../../shared/domain/format';
import { isLanguageCode } from '../../../shared/languages';
import type { KioskError } from '../../../shared/result';
import { ShellContext } from '../app/shell-context';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Translates an error code; unknown codes fall back to the generic message, never to English jargon. */
export function useErrorMessage(): (error: KioskError) => string {
  const { t, i18n } = useTranslation();
  const timeZone = useContext(ShellContext)?.settings.timeZone ?? 'UTC';
  return (error) => {
    // Platform codes live at errors.<code>; area codes `grocery.cutoff-passed` at grocery.errors.cutoff-passed.
    const dot = error.code.indexOf('.');
    const key = dot > 0 ? `${error.code.slice(0, dot)}.errors.${error.code.slice(dot + 1)}` : `errors.${error.code}`;
    // An instant the backend names (`nextAt`, `deadlineAt`) reads as a day and time in the branch's zone and the screen's language.
    const language = isLanguageCode(i18n.language) ? i18n.language : 'en';
    const params = Object.fromEntries(
      Object.entries(error.params ?? {}).map(([name, value]) =>
        name.endsWith('At') && typeof value === 'string' && ISO_INSTANT.test(value) ? [name, formatDayTime(value, language, timeZone)] : [name, value],
      ),
    );
    return i18n.exists(key) || i18n.exists(`${key}_other`) ? t(key, params) : t('errors.generic');
  };
}

export function ErrorText({ error }: { error: KioskError | null }) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {message(error)}
    </p>
  );
}

/** The translated problem with one field of a refused input, if any. */
export function useFieldError(error: KioskError | null): (path: string) => string | undefined {
  const { t, i18n } = useTranslation();
  return (path) => {
    const issue = error?.fields?.find((f) => f.path === path);
    if (!issue) return undefined;
    return i18n.exists(`fields.${issue.code}`) ? t(`fields.${issue.code}`) : t('fields.custom');
  };
}
