import { lazyScreen } from '../../app/lazy-screen';
import type { FeatureUi } from '../../app/routes';

// Each screen module is its own chunk, loaded on first use: the patron flow of a service when its tile is tapped,
// staff screens when staff open them.
const GroceryCatalogScreen = lazyScreen(() => import('./GroceryCatalogScreen'), 'GroceryCatalogScreen');
const GroceryDeskScreen = lazyScreen(() => import('./GroceryDeskScreen'), 'GroceryDeskScreen');
const GroceryOrderScreen = lazyScreen(() => import('./GroceryOrderScreen'), 'GroceryOrderScreen');

export const groceryUi: FeatureUi = {
  routes: [
    { id: 'grocery.order', area: 'patron', component: GroceryOrderScreen },
    { id: 'grocery.desk', area: 'staff', roles: ['librarian', 'admin'], component: GroceryDeskScreen },
    { id: 'grocery.catalog', area: 'staff', roles: ['librarian', 'admin'], component: GroceryCatalogScreen },
  ],
  serviceEntry: { service: 'grocery', route: 'grocery.order' },
  staffTiles: [
    { route: 'grocery.desk', labelKey: 'grocery.staffTile', roles: ['librarian', 'admin'] },
    { route: 'grocery.catalog', labelKey: 'grocery.catalogTile', roles: ['librarian', 'admin'] },
  ],
};
