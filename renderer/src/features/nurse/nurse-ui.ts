import type { FeatureUi } from '../../app/routes';

export const nurseUi: FeatureUi = { routes: [] };
