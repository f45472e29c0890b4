import type { FeatureUi } from '../../app/routes';

export const hiveUi: FeatureUi = { routes: [] };
