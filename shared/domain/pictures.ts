// Pictures the app ships: a chosen subset of the Fluent Emoji Flat illustrations (MIT, Microsoft; package
// @iconify-json/fluent-emoji-flat). The renderer build copies exactly these into pictures/ (see
// scripts/illustrations.ts), so the catalog can name any of them and nothing else of the set is shipped.

/** Illustrations a grocery item may use (catalog CSV `picture` column, staff catalog screen). */
export const groceryIllustrations = [
  'avocado', 'bacon', 'bagel', 'baguette-bread', 'banana', 'beans', 'bell-pepper', 'beverage-box', 'blueberries',
  'bowl-with-spoon', 'bread', 'broccoli', 'butter', 'canned-food', 'carrot', 'cheese-wedge', 'cherries', 'chocolate-bar',
  'cookie', 'cooked-rice', 'croissant', 'cucumber', 'custard', 'cut-of-meat', 'ear-of-corn', 'egg', 'eggplant', 'fish',
  'flatbread', 'garlic', 'glass-of-milk', 'grapes', 'green-apple', 'green-salad', 'honey-pot', 'hot-dog', 'hot-pepper',
  'ice-cream', 'jar', 'kiwi-fruit', 'leafy-green', 'lemon', 'lime', 'mango', 'meat-on-bone', 'melon', 'mushroom', 'olive',
  'onion', 'pancakes', 'pea-pod', 'peach', 'peanuts', 'pear', 'pie', 'pineapple', 'pizza', 'potato', 'poultry-leg',
  'pretzel', 'red-apple', 'salt', 'sandwich', 'shrimp', 'spaghetti', 'strawberry', 'tangerine', 'teacup-without-handle',
  'tomato', 'watermelon', 'baby-bottle', 'baby-symbol', 'roll-of-paper', 'soap', 'sponge', 'bubbles', 'basket',
  'toothbrush', 'wastebasket', 'lotion-bottle', 'broom', 'pill', 'burrito', 'sheaf-of-rice', 'tropical-fish', 'hot-beverage',
] as const;

/** Illustrations of the patron screens: service tiles, choices. */
export const screenIllustrations = [
  'shopping-cart', 'honeybee', 'stethoscope', 'handshake', 'spiral-calendar', 'ticket', 'credit-card', 'dollar-banknote',
  'identification-card', 'light-bulb', 'seedling', 'chart-increasing', 'anatomical-heart', 'drop-of-blood',
  'adhesive-bandage', 'house', 'speaking-head', 'globe-with-meridians', 'telephone-receiver', 'hourglass-not-done',
] as const;

export const illustrationIds: readonly string[] = [...new Set<string>([...groceryIllustrations, ...screenIllustrations])];
export type GroceryIllustration = (typeof groceryIllustrations)[number];
export type ScreenIllustration = (typeof screenIllustrations)[number];

export const isGroceryIllustration = (value: string): value is GroceryIllustration => (groceryIllustrations as readonly string[]).includes(value);

/** A stored product photo: `photo:<name>.webp` or `.jpg`, a file in the data directory's photos/ folder. */
export const PHOTO_FILE = /^[a-z0-9][a-z0-9-]{0,63}\.(webp|jpg)$/;
const PHOTO_REF = /^photo:([a-z0-9][a-z0-9-]{0,63}\.(?:webp|jpg))$/;
/** The hand-made category pictures (resources/renderer/grocery/<category>.svg). */
const CATEGORY_FILE = /^[a-z0-9-]{1,40}\.svg$/;

/** The photo file a picture names, or null when it names an illustration or a category picture. */
export const photoFileOf = (picture: string): string | null => PHOTO_REF.exec(picture)?.[1] ?? null;

/** True for what a catalog item's `picture` may say: an illustration id, a category picture, or a photo. */
export const isPictureRef = (value: string): boolean => isGroceryIllustration(value) || CATEGORY_FILE.test(value) || PHOTO_REF.test(value);

/** Where the renderer finds a picture; one path for both hosts (HTTP and the Electron custom protocol). */
export function pictureUrl(picture: string): string {
  const photo = photoFileOf(picture);
  if (photo) return `/photos/${photo}`;
  if (CATEGORY_FILE.test(picture)) return `/grocery/${picture}`;
  return `/pictures/${picture}.svg`;
}

/** The picture of a screen element (tile, choice card). */
export const screenPictureUrl = (id: ScreenIllustration): string => `/pictures/${id}.svg`;
