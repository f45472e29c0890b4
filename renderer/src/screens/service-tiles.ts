import type { ServiceId } from '../../../shared/contract/platform';
import type { ScreenIllustration } from '../../../shared/domain/pictures';
import { features } from '../features';

/** The picture of each service, on the attract screen and the home tiles. */
export const servicePictures: Record<ServiceId, ScreenIllustration> = {
  grocery: 'shopping-cart',
  hive: 'honeybee',
  nurse: 'stethoscope',
};

/** The patron route a service's tile opens, or null when the service has no screens yet. */
export const serviceRoute = (service: ServiceId): string | null => features.find((f) => f.serviceEntry?.service === service)?.serviceEntry?.route ?? null;
