import type { LanguageCode } from '../languages';
import { common as enCommon } from './en/common';
import { grocery as enGrocery } from './en/grocery';
import { hive as enHive } from './en/hive';
import { nurse as enNurse } from './en/nurse';
import { print as enPrint } from './en/print';
import { common as esCommon } from './es/common';
import { grocery as esGrocery } from './es/grocery';
import { hive as esHive } from './es/hive';
import { nurse as esNurse } from './es/nurse';
import { print as esPrint } from './es/print';

/**
 * Every string, per language, as one i18next `translation` namespace. Areas live under their
 * own key (`grocery.cart.title`); platform strings sit at the top (`help.title`).
 */
export const resources = {
  en: { translation: { ...enCommon, print: enPrint, grocery: enGrocery, hive: enHive, nurse: enNurse } },
  es: { translation: { ...esCommon, print: esPrint, grocery: esGrocery, hive: esHive, nurse: esNurse } },
} satisfies Record<LanguageCode, { translation: object }>;
