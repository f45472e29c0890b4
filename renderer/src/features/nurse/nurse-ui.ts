import { lazyScreen } from '../../app/lazy-screen';
import type { FeatureUi } from '../../app/routes';
import { NurseTileNote } from './NurseHoursNotice';

// Each screen module is its own chunk, loaded on first use: the patron flow of a service when its tile is tapped,
// staff screens when staff open them.
const NurseCheckInScreen = lazyScreen(() => import('./NurseCheckInScreen'), 'NurseCheckInScreen');
const NurseConsoleScreen = lazyScreen(() => import('./NurseConsoleScreen'), 'NurseConsoleScreen');
const NurseDirectoryScreen = lazyScreen(() => import('./NurseDirectoryScreen'), 'NurseDirectoryScreen');
const NurseDisplayScreen = lazyScreen(() => import('./NurseDisplayScreen'), 'NurseDisplayScreen');
const NurseNumbersScreen = lazyScreen(() => import('./NurseNumbersScreen'), 'NurseNumbersScreen');
const NurseSettingsScreen = lazyScreen(() => import('./NurseSettingsScreen'), 'NurseSettingsScreen');
const NurseStatsScreen = lazyScreen(() => import('./NurseStatsScreen'), 'NurseStatsScreen');
const NurseVisitScreen = lazyScreen(() => import('./NurseVisitScreen'), 'NurseVisitScreen');
const NurseScreenerScreen = lazyScreen(() => import('./NurseScreenerScreen'), 'NurseScreenerScreen');

// Visit data screens are for the nurse role only (the backend enforces the same).
export const nurseUi: FeatureUi = {
  serviceEntry: { service: 'nurse', route: 'nurse.checkIn', TileNote: NurseTileNote },
  routes: [
    { id: 'nurse.checkIn', area: 'patron', component: NurseCheckInScreen },
    { id: 'nurse.display', area: 'standalone', hash: '#/display', component: NurseDisplayScreen },
    { id: 'nurse.console', area: 'staff', roles: ['nurse'], component: NurseConsoleScreen },
    { id: 'nurse.visit', area: 'staff', roles: ['nurse'], component: NurseVisitScreen },
    { id: 'nurse.directory', area: 'staff', roles: ['nurse', 'admin'], component: NurseDirectoryScreen },
    { id: 'nurse.settings', area: 'staff', roles: ['nurse', 'admin'], component: NurseSettingsScreen },
    { id: 'nurse.screener', area: 'staff', roles: ['nurse', 'admin'], component: NurseScreenerScreen },
    { id: 'nurse.stats', area: 'staff', roles: ['nurse', 'admin'], component: NurseStatsScreen },
    { id: 'nurse.numbers', area: 'staff', roles: ['librarian', 'admin'], component: NurseNumbersScreen },
  ],
  staffTiles: [
    { route: 'nurse.console', labelKey: 'nurse.tiles.console', roles: ['nurse'] },
    { route: 'nurse.numbers', labelKey: 'nurse.tiles.numbers', roles: ['librarian', 'admin'] },
    { route: 'nurse.directory', labelKey: 'nurse.tiles.directory', roles: ['nurse', 'admin'] },
    { route: 'nurse.settings', labelKey: 'nurse.tiles.settings', roles: ['nurse', 'admin'] },
    { route: 'nurse.screener', labelKey: 'nurse.tiles.screener', roles: ['nurse', 'admin'] },
    { route: 'nurse.stats', labelKey: 'nurse.tiles.stats', roles: ['nurse', 'admin'] },
  ],
};
