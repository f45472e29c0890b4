import type { hiveOperations } from '../../../shared/contract/hive';
import type { FeatureModule } from '../feature';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';

export async function openHive(_platform: Platform, _printing: PrintService): Promise<FeatureModule<typeof hiveOperations>> {
  return { handlers: {} };
}
