import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../../shared/result';

/** Translates an error code; unknown codes fall back to the generic message, never to English jargon. */
export function useErrorMessage(): (error: KioskError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    // Platform codes live at errors.<code>; area codes `grocery.cutoff-passed` at grocery.errors.cutoff-passed.
    const dot = error.code.indexOf('.');
    const key = dot > 0 ? `${error.code.slice(0, dot)}.errors.${error.code.slice(dot + 1)}` : `errors.${error.code}`;
    const params = { ...error.params };
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
