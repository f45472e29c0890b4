// Schemas of the fields every area's records carry: ids and instants (UTC, with offset).
import { z } from 'zod';

export const isoDateTime = z.iso.datetime({ offset: true });
export const idSchema = z.string().min(1).max(64);
