import type { Translation } from '../translation';
import type { nurse as en } from '../en/nurse';

export const nurse: Translation<typeof en> = {};
