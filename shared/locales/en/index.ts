// Every string of this language, as one i18next `translation` namespace: platform strings at the top
// (`help.title`), each area under its own key (`grocery.cart.title`).
import { attract } from './attract';
import { common } from './common';
import { grocery } from './grocery';
import { hive } from './hive';
import { nurse } from './nurse';
import { print } from './print';
import { impact } from './impact';
import { visit } from './visit';

export const translation = { ...common, attract, print, grocery, hive, nurse, impact, visit };
