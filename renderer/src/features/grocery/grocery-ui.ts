import type { FeatureUi } from '../../app/routes';

export const groceryUi: FeatureUi = { routes: [] };
