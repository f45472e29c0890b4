import { useTranslation } from 'react-i18next';
import { PDF_FOLDER_PRINTER } from '../../../../shared/domain/print-jobs';

/** A printer's name for people: the system queue name, or "Save PDF to a folder". */
export function usePrinterLabel(): (name: string | null) => string {
  const { t } = useTranslation();
  return (name) => {
    if (name === null) return t('print.queue.noPrinter');
    return name === PDF_FOLDER_PRINTER ? t('print.printers.pdfFolder') : name;
  };
}

/** A document kind's name for staff ("Pickup slip", "Referral sheet"); an unknown kind (a feature removed) as stored. */
export function useDocumentName(): (kind: string) => string {
  const { t, i18n } = useTranslation();
  return (kind) => (i18n.exists(`print.kinds.${kind}`) ? t(`print.kinds.${kind}`) : kind);
}
