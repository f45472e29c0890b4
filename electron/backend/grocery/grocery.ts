import type { groceryOperations } from '../../../shared/contract/grocery';
import type { FeatureModule } from '../feature';
import type { Platform } from '../platform/platform';
import type { PrintService } from '../printing/print-api';

export async function openGrocery(_platform: Platform, _printing: PrintService): Promise<FeatureModule<typeof groceryOperations>> {
  return { handlers: {} };
}
