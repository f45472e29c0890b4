import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';

/** What happened to a reprinted ticket, in words for the nurse or the desk. */
export function useReprintNotice(): (outcome: OperationOutput<'nurse.reprintTicket'>) => string {
  const { t } = useTranslation();
  return ({ number, status }) =>
    status === 'done'
      ? t('nurse.console.reprinted', { number })
      : status === 'queued' || status === 'printing'
        ? t('nurse.console.reprintQueued', { number })
        : t('nurse.console.reprintFailed', { number });
}
