import { lazyScreen } from '../../app/lazy-screen';
import type { FeatureUi } from '../../app/routes';

// Each screen module is its own chunk, loaded on first use: the patron flow of a service when its tile is tapped,
// staff screens when staff open them.
const PrintersScreen = lazyScreen(() => import('./PrintersScreen'), 'PrintersScreen');
const PrintQueueScreen = lazyScreen(() => import('./PrintQueueScreen'), 'PrintQueueScreen');

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
