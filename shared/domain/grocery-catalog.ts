// The grocery catalog's shapes: an item as staff keep it and patrons see it, and the limits of a cart.
import { z } from 'zod';
import { localisedTextSchema } from '../localised-text-schema';
import { categoryIds } from './grocery-lists';
import { isPictureRef } from './pictures';

export const categorySchema = z.enum(categoryIds);
export type CategoryId = z.infer<typeof categorySchema>;

export const itemIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'item-id-format');
export const MAX_LINE_QUANTITY = 20;
export const MAX_CART_LINES = 60;

export const catalogItemSchema = z.object({
  id: itemIdSchema,
  category: categorySchema,
  /** Name, description and size in each language the branch writes them in; readers fall back to English. */
  name: localisedTextSchema(80, { required: true }),
  description: localisedTextSchema(300),
  /** Size and unit as printed on the shelf tag: "1 lb", "12 oz", "3 lb bag" / "bolsa de 3 lb". */
  size: localisedTextSchema(40, { required: true }),
  priceCents: z.int().min(1).max(100_000),
  snapEligible: z.boolean(),
  /** An illustration id (`banana`), a category picture (`produce.svg`) or a staff photo (`photo:<file>`): see domain/pictures. */
  picture: z.string().max(80).refine(isPictureRef, 'picture-format'),
  active: z.boolean(),
  /** Most of one item a single order may hold; null = the general cap. */
  limit: z.int().min(1).max(MAX_LINE_QUANTITY).nullable(),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;
