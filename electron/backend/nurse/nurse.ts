import type { nurseOperations } from '../../../shared/contract/nurse';
import type { FeatureModule } from '../feature';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';

export async function openNurse(_platform: Platform, _printing: PrintService): Promise<FeatureModule<typeof nurseOperations>> {
  return { handlers: {} };
}
