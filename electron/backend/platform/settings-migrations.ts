// Numbered migrations of settings.json (see store/migrations.ts).
import { atField, isObject, stringToLocalised, type Migration } from '../store/migrations';

export const settingsMigrations: Migration[] = [
  {
    to: 2,
    name: 'branch hours per language; digits per language',
    // Hours were typed once, presumably in the branch's default language; digits default per language.
    up: (data) => {
      if (!isObject(data)) return data;
      const language = typeof data.defaultLanguage === 'string' ? data.defaultLanguage : 'en';
      return { ...data, branch: atField(data.branch, 'hours', stringToLocalised(language)), numberingSystems: {} };
    },
  },
];
