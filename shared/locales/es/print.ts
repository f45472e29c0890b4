import type { Translation } from '../translation';
import type { print as en } from '../en/print';

export const print: Translation<typeof en> = {};
