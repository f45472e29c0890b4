import type { Translation } from '../translation';
import type { attract as en } from '../en/attract';

export const attract: Translation<typeof en> = {
  touchToStart: 'Toca para empezar',
  welcome: 'Bienvenido a {{branch}}',
};
