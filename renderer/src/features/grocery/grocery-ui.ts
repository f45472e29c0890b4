import type { FeatureUi } from '../../app/routes';
import { GroceryCatalogScreen } from './GroceryCatalogScreen';
import { GroceryDeskScreen } from './GroceryDeskScreen';
import { GroceryOrderScreen } from './GroceryOrderScreen';

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
