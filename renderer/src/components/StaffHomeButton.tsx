import { useTranslation } from 'react-i18next';
import { useShell } from '../app/shell-context';

/** "Back" from a staff screen to the staff home. */
export function StaffHomeButton() {
  const { t } = useTranslation();
  const shell = useShell();
  return (
    <button type="button" className="button secondary" onClick={() => shell.navigate('staff.home')}>
      {t('home.back')}
    </button>
  );
}
