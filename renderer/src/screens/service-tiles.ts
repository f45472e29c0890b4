import type { ServiceId } from '../../../shared/contract/platform';
import type { ScreenIllustration } from '../../../shared/domain/pictures';
import type { FeatureUi } from '../app/routes';
import { features } from '../features';

/** The picture of each service, on the attract screen and the home tiles. */
export const servicePictures: Record<ServiceId, ScreenIllustration> = {
  grocery: 'shopping-cart',
  hive: 'honeybee',
  nurse: 'stethoscope',
};

/** What a service's tile opens (and its live note), or undefined when the service has no screens yet. */
export const serviceEntry = (service: ServiceId): FeatureUi['serviceEntry'] => features.find((f) => f.serviceEntry?.service === service)?.serviceEntry;

/** The patron route a service's tile opens, or null when the service has no screens yet. */
export const serviceRoute = (service: ServiceId): string | null => serviceEntry(service)?.route ?? null;
