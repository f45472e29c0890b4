import { useTranslation } from 'react-i18next';
import { useShell } from '../app/shell-context';
import { Dialog } from './Dialog';
import { textIn } from '../../../shared/localised-text';
import { formatPhone } from '../../../shared/domain/format';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { settings, language } = useShell();
  return (
    <Dialog title={t('help.title')} onClose={onClose}>
      <p>{t('help.body')}</p>
      <p>{t('help.desk')}</p>
      {settings.phone ? <p>{t('help.phone', { phone: formatPhone(settings.phone) })}</p> : null}
      {textIn(settings.hours, language) ? (
        <>
          <h3>{t('help.hours')}</h3>
          <p className="pre-line">{textIn(settings.hours, language)}</p>
        </>
      ) : null}
      <button type="button" className="button primary" onClick={onClose} autoFocus>
        {t('help.close')}
      </button>
    </Dialog>
  );
}
