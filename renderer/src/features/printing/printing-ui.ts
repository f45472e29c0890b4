import type { FeatureUi } from '../../app/routes';

export const printingUi: FeatureUi = { routes: [] };
