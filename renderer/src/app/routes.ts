import type { ComponentType } from 'react';
import type { ServiceId } from '../../../shared/contract/platform';
import type { StaffRole } from '../../../shared/roles';

/**
 * A screen the shell can show. `patron` screens live inside the patron visit (wiped on idle),
 * `staff` screens need one of `roles`, `standalone` screens (the lobby display) open by URL hash.
 */
export type RouteDef = {
  id: string;
  area: 'patron' | 'staff' | 'standalone';
  roles?: readonly StaffRole[];
  /** For standalone screens: the hash that opens them, for example `#/display`. */
  hash?: string;
  component: ComponentType;
};

/** What a feature area adds to the shell. */
export type FeatureUi = {
  routes: RouteDef[];
  /** The patron route that the service's home tile opens; `TileNote`: a live line on the tile (the nurse's hours). */
  serviceEntry?: { service: ServiceId; route: string; TileNote?: ComponentType };
  /** Buttons on the staff home screen. */
  staffTiles?: { route: string; labelKey: string; roles: readonly StaffRole[] }[];
};
