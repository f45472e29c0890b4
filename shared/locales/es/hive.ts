import type { Translation } from '../translation';
import type { hive as en } from '../en/hive';

export const hive: Translation<typeof en> = {};
