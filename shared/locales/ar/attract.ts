import type { Translation } from '../translation';
import type { attract as en } from '../en/attract';

export const attract: Translation<typeof en> = {
  touchToStart: 'المس الشاشة للبدء',
  welcome: 'أهلًا بك في {{branch}}',
};
