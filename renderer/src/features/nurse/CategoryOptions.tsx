import { useTranslation } from 'react-i18next';
import { resourceCategories } from '../../../../shared/domain/nurse-directory';

/** The resource categories as <option>s, in the current language (directory editor and referral picker). */
export function CategoryOptions() {
  const { t } = useTranslation();
  return (
    <>
      {resourceCategories.map((c) => (
        <option key={c} value={c}>
          {t(`nurse.categories.${c}`)}
        </option>
      ))}
    </>
  );
}
