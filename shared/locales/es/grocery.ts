import type { Translation } from '../translation';
import type { grocery as en } from '../en/grocery';

export const grocery: Translation<typeof en> = {};
