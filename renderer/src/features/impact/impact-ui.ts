import { lazy } from 'react';
import type { FeatureUi } from '../../app/routes';
import { partnerRoles } from '../../../../shared/roles';

// The charting library loads with the screen (its own chunk), never with the patron screens.
const ImpactScreen = lazy(() => import('./ImpactScreen'));

const viewers = ['admin', ...partnerRoles] as const;

export const impactUi: FeatureUi = {
  routes: [{ id: 'impact', area: 'staff', roles: viewers, component: ImpactScreen }],
  staffTiles: [{ route: 'impact', labelKey: 'impact.tile', roles: viewers }],
};
