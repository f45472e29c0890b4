import type { FeatureUi } from '../../app/routes';
import { PrintersScreen } from './PrintersScreen';
import { PrintQueueScreen } from './PrintQueueScreen';

export const printingUi: FeatureUi = {
  routes: [
    { id: 'print.queue', area: 'staff', roles: ['librarian', 'nurse', 'admin'], component: PrintQueueScreen },
    { id: 'print.printers', area: 'staff', roles: ['admin'], component: PrintersScreen },
  ],
  staffTiles: [
    { route: 'print.queue', labelKey: 'print.queue.tile', roles: ['librarian', 'nurse', 'admin'] },
    { route: 'print.printers', labelKey: 'print.printers.tile', roles: ['admin'] },
  ],
};
