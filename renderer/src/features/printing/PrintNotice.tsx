import { useTranslation } from 'react-i18next';
import type { PrintJobStatus } from '../../../../shared/domain/print-jobs';

/**
 * For patron confirmations: nothing when the slip printed, otherwise the calm "printed at the desk"
 * line. Patrons never see a printer error; staff see the job in the print queue.
 */
export function PrintNotice({ status }: { status: PrintJobStatus | null | undefined }) {
  const { t } = useTranslation();
  if (status === 'done') return null;
  return <p className="print-notice">{t('print.slipAtDesk')}</p>;
}
