import { useTranslation } from 'react-i18next';
import './status.css';

/** On every screen while the kiosk cannot save (its disk is full): nobody is left to find out at "Submit". */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  return (
    <p className="read-only-banner" role="alert" data-testid="read-only-banner">
      {t('readOnly.banner')}
    </p>
  );
}
