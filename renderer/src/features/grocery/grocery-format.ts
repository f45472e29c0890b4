import { useTranslation } from 'react-i18next';
import type { KioskError } from '../../../../shared/result';
import { formatMoney } from '../../../../shared/domain/format';
import { useShell } from '../../app/shell-context';

/** Money in the language on screen now. */
export function useMoney(): (cents: number) => string {
  const { language } = useShell();
  return (cents) => formatMoney(cents, language);
}

/** A refused field's message: grocery's own field codes first, then the platform's. */
export function useGroceryFieldError(error: KioskError | null): (path: string) => string | undefined {
  const { t, i18n } = useTranslation();
  return (path) => {
    const issue = error?.fields?.find((f) => f.path === path);
    if (!issue) return undefined;
    if (i18n.exists(`grocery.fields.${issue.code}`)) return t(`grocery.fields.${issue.code}`);
    return i18n.exists(`fields.${issue.code}`) ? t(`fields.${issue.code}`) : t('fields.custom');
  };
}

export { pictureUrl } from '../../../../shared/domain/pictures';
