import type { FeatureUi } from '../../app/routes';
import { NurseCheckInScreen } from './NurseCheckInScreen';
import { NurseConsoleScreen } from './NurseConsoleScreen';
import { NurseDirectoryScreen } from './NurseDirectoryScreen';
import { NurseDisplayScreen } from './NurseDisplayScreen';
import { NurseTileNote } from './NurseHoursNotice';
import { NurseNumbersScreen } from './NurseNumbersScreen';
import { NurseScreenerScreen } from './NurseScreenerScreen';
import { NurseSettingsScreen } from './NurseSettingsScreen';
import { NurseStatsScreen } from './NurseStatsScreen';
import { NurseVisitScreen } from './NurseVisitScreen';

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
