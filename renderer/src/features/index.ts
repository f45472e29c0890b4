import type { FeatureUi } from '../app/routes';
import { groceryUi } from './grocery/grocery-ui';
import { hiveUi } from './hive/hive-ui';
import { nurseUi } from './nurse/nurse-ui';
import { printingUi } from './printing/printing-ui';
import { impactUi } from './impact/impact-ui';

/** Every feature area's screens; the shell knows nothing else about them. */
export const features: FeatureUi[] = [printingUi, groceryUi, hiveUi, nurseUi, impactUi];
