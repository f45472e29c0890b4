// The contract's names without its schemas: what the renderer needs at run time (it imports the operations table
// for types only, so zod stays out of its start-up bundle). The table's schemas are built from these lists, and
// operations.ts fails to compile when `operationNames` and the table's keys differ.

/** Every operation of the table in `operations.ts`, by area. A new operation is added here and there. */
export const operationNames = [
  'kiosk.bootstrap',
  'setup.createAdmin',
  'staff.names', 'staff.signIn', 'staff.changePin', 'staff.signOut', 'staff.session', 'staff.list', 'staff.create',
  'staff.update', 'staff.resetPin', 'staff.clearPinWait',
  'settings.get', 'settings.update',
  'audit.list',
  'system.alerts', 'system.dismissAlert',
  'print.getSettings', 'print.updateSettings', 'print.listPrinters', 'print.testPage', 'print.jobs', 'print.reprint',
  'print.redirect', 'print.cancel', 'print.progress', 'print.request', 'print.preview',
  'grocery.catalog', 'grocery.checkCart', 'grocery.submitOrder', 'grocery.windows', 'grocery.orders', 'grocery.order',
  'grocery.setStatus', 'grocery.editOrder', 'grocery.sendWindow', 'grocery.deliveryArrived', 'grocery.reprint',
  'grocery.catalogAll', 'grocery.setItemActive', 'grocery.setItemPhoto', 'grocery.clearItemPhoto',
  'grocery.exportCatalog', 'grocery.importCatalog', 'grocery.settings', 'grocery.updateSettings',
  'hive.catalog', 'hive.openTimes', 'hive.book', 'hive.findByCode', 'hive.cancelByCode', 'hive.workshops',
  'hive.register', 'hive.patronLimits', 'hive.promotionCalls', 'hive.markCalled', 'hive.schedule', 'hive.booking',
  'hive.cancelBooking', 'hive.markBooking', 'hive.workshopDetail', 'hive.cancelRegistration', 'hive.checkIn',
  'hive.printRoster', 'hive.printMentorDay', 'hive.export', 'hive.summary', 'hive.settings', 'hive.saveSettings',
  'hive.mentors', 'hive.saveMentor', 'hive.allWorkshops', 'hive.saveWorkshop',
  'nurse.checkIn', 'nurse.display', 'nurse.status', 'nurse.today', 'nurse.setToday', 'nurse.queueNumbers',
  'nurse.queue', 'nurse.callNext', 'nurse.call', 'nurse.startVisit', 'nurse.markLeft', 'nurse.reprintTicket',
  'nurse.earlierOpenVisits', 'nurse.visit', 'nurse.saveVisit', 'nurse.closeVisit', 'nurse.printReferral',
  'nurse.resources', 'nurse.saveResource', 'nurse.exportResources', 'nurse.importResources',
  'nurse.screener', 'nurse.screeners', 'nurse.importScreener', 'nurse.useScreener', 'nurse.settings',
  'nurse.updateSettings', 'nurse.stats',
  'devices.list', 'devices.startPairing', 'devices.cancelPairing', 'devices.revoke',
  'impact.figures', 'impact.settings', 'impact.saveSettings', 'impact.export', 'impact.printReport', 'impact.reportPdf',
  'visit.printSlip',
] as const;
export type OperationName = (typeof operationNames)[number];

const known = new Set<string>(operationNames);
export const isOperationName = (name: unknown): name is OperationName => typeof name === 'string' && known.has(name);

/** The operations marked `idempotent` in the table (operations.ts checks the two agree): the client retries these. */
export const idempotentOperationNames = [
  'grocery.submitOrder', 'hive.book', 'hive.cancelByCode', 'hive.register', 'nurse.checkIn', 'visit.printSlip',
] as const satisfies readonly OperationName[];
const retried = new Set<string>(idempotentOperationNames);
export const isIdempotentOperation = (name: OperationName): boolean => retried.has(name);

/** Device roles of a branch network (what they may call is in branch.ts). */
export const deviceRoles = ['lobby', 'desk', 'nurse-station', 'display'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

/** What changed, as pushed to every screen: screens showing it fetch it again. Never any record's content. */
export const topics = ['orders', 'bookings', 'queue', 'print', 'alerts', 'settings', 'devices'] as const;
export type Topic = (typeof topics)[number];

export const serviceIds = ['grocery', 'hive', 'nurse'] as const;
export type ServiceId = (typeof serviceIds)[number];

// The grocery area's lists are the domain's (shared/domain/grocery-lists.ts).
export { categoryIds, orderStatuses, paymentMethods, type CategoryId, type OrderStatus, type PaymentMethod } from '../domain/grocery-lists';

/** A small count masked on screens for roles that must not see it. */
export const FEWER_THAN_SMALL = 'fewer-than-5';
