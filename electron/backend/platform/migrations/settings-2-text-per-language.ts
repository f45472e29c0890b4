// settings.json, schema 1 → 2: branch hours were typed once, presumably in the branch's default language,
// and became text per language; the digits each language uses start unset (its default).
import { atField, isObject, stringToLocalised, type Migration } from '../../store/migrations';

export const settings2TextPerLanguage: Migration = {
  to: 2,
  name: 'branch hours per language; digits per language',
  up: (data) => {
    if (!isObject(data)) return data;
    const language = typeof data.defaultLanguage === 'string' ? data.defaultLanguage : 'en';
    return { ...data, branch: atField(data.branch, 'hours', stringToLocalised(language)), numberingSystems: {} };
  },
};
