// The grocery area's fixed lists without their schemas: the renderer needs them at run time and no zod
// (shared/contract/names passes them on); the schemas in grocery-catalog.ts and grocery-orders.ts are built from them.
export const categoryIds = ['produce', 'dairy', 'bakery', 'meat-fish', 'pantry', 'frozen', 'baby', 'household'] as const;
export type CategoryId = (typeof categoryIds)[number];

export const paymentMethods = ['snap', 'card', 'cash'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const orderStatuses = ['submitted', 'sent', 'arrived', 'picked-up', 'not-picked-up', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
