import type { Translation } from '../translation';
import type { attract as en } from '../en/attract';

export const attract: Translation<typeof en> = {
  touchToStart: 'Chạm để bắt đầu',
  welcome: 'Chào mừng bạn đến {{branch}}',
};
