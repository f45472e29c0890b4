import { lazyScreen } from '../../app/lazy-screen';
import type { FeatureUi } from '../../app/routes';

// Each screen module is its own chunk, loaded on first use: the patron flow of a service when its tile is tapped,
// staff screens when staff open them.
const HiveMentorsScreen = lazyScreen(() => import('./HiveMentorsScreen'), 'HiveMentorsScreen');
const HiveReportsScreen = lazyScreen(() => import('./HiveReportsScreen'), 'HiveReportsScreen');
const HiveRulesScreen = lazyScreen(() => import('./HiveRulesScreen'), 'HiveRulesScreen');
const HiveScheduleScreen = lazyScreen(() => import('./HiveScheduleScreen'), 'HiveScheduleScreen');
const HiveCancelScreen = lazyScreen(() => import('./HiveScreen'), 'HiveCancelScreen');
const HiveMentorScreen = lazyScreen(() => import('./HiveScreen'), 'HiveMentorScreen');
const HiveScreen = lazyScreen(() => import('./HiveScreen'), 'HiveScreen');
const HiveWorkshopScreen = lazyScreen(() => import('./HiveScreen'), 'HiveWorkshopScreen');
const HiveWorkshopStaffScreen = lazyScreen(() => import('./HiveWorkshopStaffScreen'), 'HiveWorkshopStaffScreen');
const HiveWorkshopEditScreen = lazyScreen(() => import('./HiveWorkshopsScreen'), 'HiveWorkshopEditScreen');
const HiveWorkshopsScreen = lazyScreen(() => import('./HiveWorkshopsScreen'), 'HiveWorkshopsScreen');

const desk = ['librarian', 'admin'] as const;

export const hiveUi: FeatureUi = {
  serviceEntry: { service: 'hive', route: 'hive' },
  routes: [
    { id: 'hive', area: 'patron', component: HiveScreen },
    { id: 'hive.mentor', area: 'patron', component: HiveMentorScreen },
    { id: 'hive.workshop', area: 'patron', component: HiveWorkshopScreen },
    { id: 'hive.cancel', area: 'patron', component: HiveCancelScreen },
    { id: 'hive.staff.schedule', area: 'staff', roles: desk, component: HiveScheduleScreen },
    { id: 'hive.staff.workshops', area: 'staff', roles: desk, component: HiveWorkshopsScreen },
    { id: 'hive.staff.workshop', area: 'staff', roles: desk, component: HiveWorkshopStaffScreen },
    { id: 'hive.staff.editWorkshop', area: 'staff', roles: desk, component: HiveWorkshopEditScreen },
    { id: 'hive.staff.mentors', area: 'staff', roles: desk, component: HiveMentorsScreen },
    { id: 'hive.staff.reports', area: 'staff', roles: desk, component: HiveReportsScreen },
    { id: 'hive.staff.rules', area: 'staff', roles: desk, component: HiveRulesScreen },
  ],
  staffTiles: [
    { route: 'hive.staff.schedule', labelKey: 'hive.tiles.schedule', roles: desk },
    { route: 'hive.staff.workshops', labelKey: 'hive.tiles.workshops', roles: desk },
    { route: 'hive.staff.mentors', labelKey: 'hive.tiles.mentors', roles: desk },
    { route: 'hive.staff.reports', labelKey: 'hive.tiles.reports', roles: desk },
    { route: 'hive.staff.rules', labelKey: 'hive.tiles.rules', roles: desk },
  ],
};
