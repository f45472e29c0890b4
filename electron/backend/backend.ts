import type { OperationTable } from '../../shared/contract/define';
import type { Operations } from '../../shared/contract/operations';
import type { HandlerMap } from './context';
import { createChanges, type Changes } from './changes';
import { openDevices, type DevicesService } from './devices/devices';
import { createDispatcher, type Dispatch } from './dispatch';
import type { FeatureModule } from './feature';
import { openGrocery } from './grocery/grocery';
import { openHive } from './hive/hive';
import { openNurse } from './nurse/nurse';
import { openImpact } from './impact/impact';
import { openVisit } from './visit/visit';
import { openPlatform, type Platform } from './platform/platform';
import { platformHandlers } from './platform/platform-handlers';
import { exportsDirOf, KEEP_EXPORTS_MS, purgeOldFiles } from './platform/purge-files';
import { seedPlatformDemo } from './platform/demo';
import { openPrinting, type PrintingOptions } from './printing/printing';
import type { PrintService } from './printing/print-api';
import type { Codec } from './store/codec';
import { Store, type Clock } from './store/store';

export type BackendOptions = {
  dataDir: string;
  clock?: Clock;
  /** Key codec for encrypted collections (nurse data): safeStorage under Electron, a key file otherwise. */
  secretCodec: Codec;
  demo?: boolean;
  /** With `demo`: also a year of made-up Impact counts (default true; tests leave it out to count their own). */
  demoHistory?: boolean;
  printing?: PrintingOptions;
  log?: (message: string, error?: unknown) => void;
  /** Another process took the data directory: writing has stopped; the host should say so and exit. */
  onLockLost?: (message: string) => void;
  /** While the disk is full: how often to try writing again. */
  retryWritableMs?: number;
};

export type Backend = {
  dispatch: Dispatch;
  platform: Platform;
  printing: PrintService;
  /** Paired devices of the branch network, pairing, and the host's TLS identity. */
  devices: DevicesService;
  /** What changed, by topic: the hosts push it to screens (IPC under Electron, an event stream over HTTP). */
  changes: Changes;
  /** Lines to show on the console at start (demo PINs). */
  startupNotes: string[];
  purge(): Promise<void>;
  close(): Promise<void>;
};

const DAY_MS = 24 * 60 * 60 * 1000;

const hasMembers = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'members' in data && Array.isArray(data.members) && data.members.length > 0;

/** Opens the one backend of a data directory: store, services, handlers, dispatcher. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const store = await Store.open({
    dataDir: options.dataDir,
    clock: options.clock,
    secretCodec: options.secretCodec,
    onLockLost: options.onLockLost,
    retryWritableMs: options.retryWritableMs,
    // A directory from before manifests was set up if its staff file (or a copy) names anyone.
    setupEvidence: { file: 'staff.json', test: hasMembers },
  });
  try {
    const platform = await openPlatform(store);
    const printing = await openPrinting(platform, options.printing ?? {});
    const grocery = await openGrocery(platform, printing.service);
    const hive = await openHive(platform, printing.service);
    const nurse = await openNurse(platform, printing.service);
    const devices = await openDevices(platform);
    const changes = createChanges(options.log);
    printing.queue.onChange(() => changes.emit('print'));
    platform.alerts.onRaised(() => changes.emit('alerts'));
    const visit = await openVisit(platform, printing.service);
    const impact = await openImpact(platform, printing.service, { demoHistory: options.demoHistory ?? true });
    // Impact last: its purge prunes the daily counts the other areas' purges have just added to.
    const features: Pick<FeatureModule<OperationTable>, 'purge' | 'seedDemo' | 'close'>[] = [printing, grocery, hive, nurse, visit, impact];

    const handlers = {
      ...platformHandlers(platform),
      ...printing.handlers,
      ...grocery.handlers,
      ...hive.handlers,
      ...nurse.handlers,
      ...devices.handlers,
      ...impact.handlers,
      ...visit.handlers,
    } satisfies HandlerMap<Operations>;

    const dispatch = createDispatcher({
      handlers,
      clock: store.clock,
      session: (clientId) => platform.staff.session(clientId),
      touch: (clientId) => platform.staff.touch(clientId),
      audit: (session, action, detail) => platform.audit.log(session, action, detail),
      log: options.log,
      changed: (topic) => changes.emit(topic),
    });

    const startupNotes: string[] = [];
    // Demo content only ever goes into an empty data directory, never over real data.
    if (options.demo && store.isFresh) {
      try {
        startupNotes.push(...(await seedPlatformDemo(platform)));
        for (const feature of features) if (feature.seedDemo) startupNotes.push(...(await feature.seedDemo()));
        await store.markSetupDone();
      } catch (error) {
        if (!store.readOnly) throw error;
        startupNotes.push('Demo data could not be written: the disk is full.');
      }
    }
    if (store.readOnly) startupNotes.push(`The disk holding ${store.dataDir} is full: the kiosk runs read-only until there is room again.`);

    const purge = async (): Promise<void> => {
      const now = store.clock.now();
      const auditCutoff = new Date(now.getTime() - platform.settings.get().retentionDays.audit * DAY_MS).toISOString();
      await platform.audit.purgeBefore(auditCutoff);
      // CSV exports (patron lists) are meant to be copied off, not kept on the kiosk.
      await purgeOldFiles(exportsDirOf(store.dataDir), KEEP_EXPORTS_MS, now);
      for (const feature of features) await feature.purge?.(now);
    };
    // A full disk must not keep the kiosk from starting: the hourly run purges once there is room.
    await purge().catch((error: unknown) => {
      if (!store.readOnly) throw error;
    });
    const purgeTimer = setInterval(() => void purge().catch((e: unknown) => options.log?.('purge failed', e)), 60 * 60 * 1000);
    purgeTimer.unref();

    return {
      dispatch,
      platform,
      printing: printing.service,
      devices,
      changes,
      startupNotes,
      purge,
      async close() {
        clearInterval(purgeTimer);
        await devices.close();
        for (const feature of features) await feature.close?.();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
