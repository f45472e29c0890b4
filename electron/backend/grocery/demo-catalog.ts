import type { CatalogItem, CategoryId } from '../../../shared/contract/grocery';
import type { GroceryIllustration } from '../../../shared/domain/pictures';
import { languageCodes, type LanguageCode } from '../../../shared/languages';
import type { LocalisedText } from '../../../shared/localised-text';
import { demoItemTexts } from './demo-catalog-translations';

// Demo catalog: typical supermarket prices (US, 2026). Each item has its own illustration (domain/pictures).
// Rows are in English and Spanish; sizes are written once in English and said in each language below.
type Row = [id: string, en: string, es: string, descEn: string, descEs: string, size: string, cents: number, snap: boolean, limit?: number];

type Unit = 'lb' | 'lb bag' | 'oz' | 'gal' | 'ct' | 'rolls' | 'hearts';
type SizeWords = { unit: Record<Unit, (amount: string) => string>; about: (size: string) => string };
/** How each language says "<amount> <unit>" and "about <size>"; a language not here reads the English size. */
const sizeWords: { en: SizeWords } & Partial<Record<LanguageCode, SizeWords>> = {
  en: {
    unit: { lb: (n) => `${n} lb`, 'lb bag': (n) => `${n} lb bag`, oz: (n) => `${n} oz`, gal: (n) => `${n} gal`, ct: (n) => `${n} ct`, rolls: (n) => `${n} rolls`, hearts: (n) => `${n} hearts` },
    about: (size) => `about ${size}`,
  },
  es: {
    unit: { lb: (n) => `${n} lb`, 'lb bag': (n) => `bolsa de ${n} lb`, oz: (n) => `${n} oz`, gal: (n) => `${n} gal`, ct: (n) => `${n} unidades`, rolls: (n) => `${n} rollos`, hearts: (n) => `${n} corazones` },
    about: (size) => `aprox. ${size}`,
  },
  ar: {
    unit: { lb: (n) => `${n} رطل`, 'lb bag': (n) => `كيس ${n} رطل`, oz: (n) => `${n} أونصة`, gal: (n) => `${n} غالون`, ct: (n) => `${n} قطعة`, rolls: (n) => `${n} لفائف`, hearts: (n) => `${n} قلوب خس` },
    about: (size) => `حوالي ${size}`,
  },
  vi: {
    unit: { lb: (n) => `${n} pound`, 'lb bag': (n) => `túi ${n} pound`, oz: (n) => `${n} oz`, gal: (n) => `${n} gallon`, ct: (n) => `${n} cái`, rolls: (n) => `${n} cuộn`, hearts: (n) => `${n} lõi` },
    about: (size) => `khoảng ${size}`,
  },
};

const isUnit = (unit: string): unit is Unit => unit in sizeWords.en.unit;

/** "3 lb bag" in every language: the English size, read as amount and unit. */
function demoSize(size: string): LocalisedText {
  const match = /^(about )?(\d+(?:\.\d+)?(?: × \d+)?) (lb bag|lb|oz|gal|ct|rolls|hearts)$/.exec(size);
  if (!match) throw new Error(`Demo size not understood: ${size}`);
  const [, about, amount = '', unit = ''] = match;
  if (!isUnit(unit)) throw new Error(`Demo size unit not known: ${size}`);
  return Object.fromEntries(
    languageCodes.flatMap((code) => {
      const words = sizeWords[code];
      if (!words) return [];
      const said = words.unit[unit](amount);
      return [[code, about ? words.about(said) : said]];
    }),
  );
}

const rows: Record<CategoryId, Row[]> = {
  produce: [
    ['bananas', 'Bananas', 'Plátanos', 'Ripe yellow bananas, sold by the bunch.', 'Plátanos amarillos maduros, por racimo.', '2 lb', 129, true],
    ['apples-gala', 'Gala apples', 'Manzanas Gala', 'Sweet, crisp apples in a bag.', 'Manzanas dulces y crujientes en bolsa.', '3 lb bag', 449, true],
    ['oranges', 'Navel oranges', 'Naranjas', 'Seedless navel oranges.', 'Naranjas sin semillas.', '4 lb bag', 599, true],
    ['potatoes', 'Russet potatoes', 'Papas russet', 'All-purpose potatoes for baking and mashing.', 'Papas para hornear y hacer puré.', '5 lb bag', 449, true],
    ['onions', 'Yellow onions', 'Cebollas amarillas', 'Cooking onions.', 'Cebollas para cocinar.', '3 lb bag', 349, true],
    ['carrots', 'Carrots', 'Zanahorias', 'Whole carrots, washed.', 'Zanahorias enteras, lavadas.', '2 lb bag', 229, true],
    ['tomatoes', 'Roma tomatoes', 'Tomates roma', 'Firm tomatoes for salads and sauces.', 'Tomates firmes para ensaladas y salsas.', '1 lb', 179, true],
    ['lettuce', 'Romaine lettuce', 'Lechuga romana', 'Fresh romaine hearts.', 'Corazones de lechuga romana frescos.', '3 hearts', 399, true],
  ],
  dairy: [
    ['milk-whole', 'Whole milk', 'Leche entera', 'Vitamin D whole milk.', 'Leche entera con vitamina D.', '1 gal', 389, true, 4],
    ['milk-2', '2% milk', 'Leche 2%', 'Reduced-fat milk.', 'Leche semidescremada.', '1 gal', 379, true, 4],
    ['eggs', 'Large eggs', 'Huevos grandes', 'Grade A large eggs.', 'Huevos grandes grado A.', '12 ct', 329, true, 3],
    ['cheddar', 'Cheddar cheese', 'Queso cheddar', 'Mild cheddar, block.', 'Queso cheddar suave, en bloque.', '8 oz', 279, true],
    ['yogurt', 'Plain yogurt', 'Yogur natural', 'Low-fat plain yogurt.', 'Yogur natural bajo en grasa.', '32 oz', 349, true],
    ['butter', 'Butter', 'Mantequilla', 'Salted butter, four sticks.', 'Mantequilla con sal, cuatro barras.', '1 lb', 499, true],
    ['queso-fresco', 'Queso fresco', 'Queso fresco', 'Fresh crumbling cheese.', 'Queso fresco para desmoronar.', '10 oz', 399, true],
    ['oat-milk', 'Oat milk', 'Leche de avena', 'Unsweetened oat milk.', 'Leche de avena sin azúcar.', '64 oz', 429, true],
  ],
  bakery: [
    ['bread-wheat', 'Whole wheat bread', 'Pan integral', 'Sliced whole wheat sandwich bread.', 'Pan integral de caja en rebanadas.', '20 oz', 299, true],
    ['bread-white', 'White bread', 'Pan blanco', 'Sliced white sandwich bread.', 'Pan blanco de caja en rebanadas.', '20 oz', 219, true],
    ['tortillas-corn', 'Corn tortillas', 'Tortillas de maíz', 'Soft corn tortillas.', 'Tortillas de maíz suaves.', '30 ct', 249, true],
    ['tortillas-flour', 'Flour tortillas', 'Tortillas de harina', 'Soft taco size.', 'Tamaño para tacos.', '10 ct', 279, true],
    ['bagels', 'Plain bagels', 'Bagels naturales', 'Six plain bagels.', 'Seis bagels naturales.', '6 ct', 349, true],
    ['dinner-rolls', 'Dinner rolls', 'Panecillos', 'Soft white rolls.', 'Panecillos blancos suaves.', '12 ct', 299, true],
    ['english-muffins', 'English muffins', 'Muffins ingleses', 'Six English muffins.', 'Seis muffins ingleses.', '6 ct', 259, true],
    ['pan-dulce', 'Pan dulce (conchas)', 'Pan dulce (conchas)', 'Sweet bread from the store bakery.', 'Pan dulce de la panadería de la tienda.', '4 ct', 399, true],
  ],
  'meat-fish': [
    ['chicken-thighs', 'Chicken thighs', 'Muslos de pollo', 'Bone-in chicken thighs.', 'Muslos de pollo con hueso.', 'about 2.5 lb', 649, true],
    ['chicken-breast', 'Chicken breast', 'Pechuga de pollo', 'Boneless, skinless.', 'Sin hueso y sin piel.', 'about 1.5 lb', 749, true],
    ['ground-beef', 'Ground beef 80/20', 'Carne molida 80/20', 'Fresh ground beef.', 'Carne de res molida fresca.', '1 lb', 549, true, 4],
    ['ground-turkey', 'Ground turkey', 'Pavo molido', '93% lean ground turkey.', 'Pavo molido 93% magro.', '1 lb', 499, true],
    ['pork-chops', 'Pork chops', 'Chuletas de cerdo', 'Bone-in center cut.', 'Corte central con hueso.', 'about 1.5 lb', 699, true],
    ['tilapia', 'Tilapia fillets', 'Filetes de tilapia', 'Frozen at sea, thawed.', 'Congelados en altamar, descongelados.', '1 lb', 599, true],
    ['canned-tuna', 'Tuna in water', 'Atún en agua', 'Chunk light tuna.', 'Atún claro en trozos.', '5 oz', 129, true],
    ['hot-dogs', 'Beef hot dogs', 'Salchichas de res', 'Eight franks.', 'Ocho salchichas.', '14 oz', 449, true],
  ],
  pantry: [
    ['rice', 'Long grain rice', 'Arroz de grano largo', 'Enriched white rice.', 'Arroz blanco enriquecido.', '5 lb', 549, true],
    ['black-beans', 'Black beans', 'Frijoles negros', 'Canned black beans.', 'Frijoles negros enlatados.', '15 oz', 109, true],
    ['pinto-beans', 'Dry pinto beans', 'Frijoles pintos secos', 'Dry beans in a bag.', 'Frijoles secos en bolsa.', '2 lb', 299, true],
    ['pasta', 'Spaghetti', 'Espagueti', 'Dry spaghetti.', 'Espagueti seco.', '1 lb', 149, true],
    ['pasta-sauce', 'Pasta sauce', 'Salsa para pasta', 'Tomato and basil sauce.', 'Salsa de tomate y albahaca.', '24 oz', 279, true],
    ['peanut-butter', 'Peanut butter', 'Crema de cacahuate', 'Creamy peanut butter.', 'Crema de cacahuate suave.', '16 oz', 299, true],
    ['oats', 'Rolled oats', 'Avena', 'Old-fashioned oats.', 'Avena tradicional.', '42 oz', 499, true],
    ['cereal', 'Corn flakes', 'Hojuelas de maíz', 'Breakfast cereal.', 'Cereal para el desayuno.', '18 oz', 379, true],
    ['vegetable-oil', 'Vegetable oil', 'Aceite vegetal', 'For cooking and frying.', 'Para cocinar y freír.', '48 oz', 449, true],
    ['flour', 'All-purpose flour', 'Harina de trigo', 'Enriched flour.', 'Harina enriquecida.', '5 lb', 349, true],
  ],
  frozen: [
    ['frozen-peas', 'Frozen peas', 'Chícharos congelados', 'Sweet green peas.', 'Chícharos verdes dulces.', '12 oz', 149, true],
    ['frozen-broccoli', 'Frozen broccoli', 'Brócoli congelado', 'Broccoli florets.', 'Floretes de brócoli.', '12 oz', 179, true],
    ['frozen-mixed-veg', 'Mixed vegetables', 'Verduras mixtas', 'Corn, carrots, peas and green beans.', 'Maíz, zanahoria, chícharos y ejotes.', '16 oz', 199, true],
    ['frozen-berries', 'Frozen mixed berries', 'Frutos rojos congelados', 'Strawberries, blueberries, raspberries.', 'Fresas, arándanos y frambuesas.', '16 oz', 449, true],
    ['frozen-pizza', 'Cheese pizza', 'Pizza de queso', 'Frozen 12-inch pizza.', 'Pizza congelada de 12 pulgadas.', '22 oz', 599, true],
    ['fish-sticks', 'Fish sticks', 'Palitos de pescado', 'Breaded fish sticks.', 'Palitos de pescado empanizados.', '24 ct', 549, true],
    ['ice-cream', 'Vanilla ice cream', 'Helado de vainilla', 'Classic vanilla.', 'Vainilla clásica.', '48 oz', 499, true],
    ['frozen-burritos', 'Bean and cheese burritos', 'Burritos de frijol y queso', 'Eight frozen burritos.', 'Ocho burritos congelados.', '8 ct', 599, true],
  ],
  baby: [
    ['infant-formula', 'Infant formula', 'Fórmula infantil', 'Milk-based powder with iron.', 'Fórmula en polvo a base de leche, con hierro.', '12.4 oz', 1899, true, 2],
    ['baby-food-apple', 'Baby food, apple', 'Papilla de manzana', 'Stage 1 apple puree, 2 jars.', 'Puré de manzana etapa 1, 2 frascos.', '2 × 4 oz', 199, true],
    ['baby-food-carrot', 'Baby food, carrot', 'Papilla de zanahoria', 'Stage 1 carrot puree, 2 jars.', 'Puré de zanahoria etapa 1, 2 frascos.', '2 × 4 oz', 199, true],
    ['baby-cereal', 'Baby oatmeal cereal', 'Cereal de avena para bebé', 'Iron-fortified single grain.', 'Cereal de un grano con hierro.', '8 oz', 349, true],
    ['diapers-3', 'Diapers, size 3', 'Pañales, talla 3', 'Jumbo pack.', 'Paquete grande.', '28 ct', 1099, false, 2],
    ['diapers-4', 'Diapers, size 4', 'Pañales, talla 4', 'Jumbo pack.', 'Paquete grande.', '24 ct', 1099, false, 2],
    ['baby-wipes', 'Baby wipes', 'Toallitas húmedas', 'Unscented wipes.', 'Toallitas sin perfume.', '72 ct', 299, false],
    ['teething-biscuits', 'Teething biscuits', 'Galletas para la dentición', 'For babies 8 months and up.', 'Para bebés desde 8 meses.', '12 ct', 379, true],
  ],
  household: [
    ['toilet-paper', 'Toilet paper', 'Papel higiénico', 'Double rolls.', 'Rollos dobles.', '12 rolls', 999, false],
    ['paper-towels', 'Paper towels', 'Toallas de papel', 'Select-a-size rolls.', 'Rollos de tamaño a elegir.', '6 rolls', 899, false],
    ['dish-soap', 'Dish soap', 'Jabón para platos', 'Liquid dish soap.', 'Jabón líquido para platos.', '19 oz', 249, false],
    ['laundry-detergent', 'Laundry detergent', 'Detergente para ropa', 'Liquid, 32 loads.', 'Líquido, 32 cargas.', '50 oz', 799, false],
    ['bar-soap', 'Bar soap', 'Jabón de barra', 'Gentle bar soap.', 'Jabón de barra suave.', '4 ct', 349, false],
    ['toothpaste', 'Toothpaste', 'Pasta de dientes', 'Fluoride toothpaste.', 'Pasta de dientes con flúor.', '4.8 oz', 229, false],
    ['trash-bags', 'Trash bags', 'Bolsas de basura', 'Tall kitchen bags.', 'Bolsas altas para cocina.', '40 ct', 699, false],
    ['bleach', 'Bleach', 'Cloro', 'Regular bleach.', 'Cloro regular.', '81 oz', 399, false],
  ],
};

/** The illustration of each demo item; an item missing here shows its category's picture. */
const pictures: Record<string, GroceryIllustration> = {
  'bananas': 'banana',
  'apples-gala': 'red-apple',
  'oranges': 'tangerine',
  'potatoes': 'potato',
  'onions': 'onion',
  'carrots': 'carrot',
  'tomatoes': 'tomato',
  'lettuce': 'leafy-green',
  'milk-whole': 'glass-of-milk',
  'milk-2': 'glass-of-milk',
  'eggs': 'egg',
  'cheddar': 'cheese-wedge',
  'yogurt': 'custard',
  'butter': 'butter',
  'queso-fresco': 'cheese-wedge',
  'oat-milk': 'beverage-box',
  'bread-wheat': 'bread',
  'bread-white': 'bread',
  'tortillas-corn': 'flatbread',
  'tortillas-flour': 'flatbread',
  'bagels': 'bagel',
  'dinner-rolls': 'baguette-bread',
  'english-muffins': 'pancakes',
  'pan-dulce': 'croissant',
  'chicken-thighs': 'poultry-leg',
  'chicken-breast': 'poultry-leg',
  'ground-beef': 'cut-of-meat',
  'ground-turkey': 'cut-of-meat',
  'pork-chops': 'meat-on-bone',
  'tilapia': 'fish',
  'canned-tuna': 'canned-food',
  'hot-dogs': 'hot-dog',
  'rice': 'cooked-rice',
  'black-beans': 'beans',
  'pinto-beans': 'beans',
  'pasta': 'spaghetti',
  'pasta-sauce': 'jar',
  'peanut-butter': 'peanuts',
  'oats': 'bowl-with-spoon',
  'cereal': 'bowl-with-spoon',
  'vegetable-oil': 'olive',
  'flour': 'sheaf-of-rice',
  'frozen-peas': 'pea-pod',
  'frozen-broccoli': 'broccoli',
  'frozen-mixed-veg': 'ear-of-corn',
  'frozen-berries': 'blueberries',
  'frozen-pizza': 'pizza',
  'fish-sticks': 'tropical-fish',
  'ice-cream': 'ice-cream',
  'frozen-burritos': 'burrito',
  'infant-formula': 'baby-bottle',
  'baby-food-apple': 'green-apple',
  'baby-food-carrot': 'carrot',
  'baby-cereal': 'bowl-with-spoon',
  'diapers-3': 'baby-symbol',
  'diapers-4': 'baby-symbol',
  'baby-wipes': 'sponge',
  'teething-biscuits': 'cookie',
  'toilet-paper': 'roll-of-paper',
  'paper-towels': 'roll-of-paper',
  'dish-soap': 'bubbles',
  'laundry-detergent': 'basket',
  'bar-soap': 'soap',
  'toothpaste': 'toothbrush',
  'trash-bags': 'wastebasket',
  'bleach': 'lotion-bottle',
};

/** The item's name (0) or description (1) in the languages of demo-catalog-translations. */
const inOtherLanguages = (id: string, which: 0 | 1): LocalisedText =>
  Object.fromEntries(Object.entries(demoItemTexts).flatMap(([code, texts]) => (texts?.[id] ? [[code, texts[id][which]]] : [])));

export const demoCatalog: CatalogItem[] = (Object.entries(rows) as [CategoryId, Row[]][]).flatMap(([category, list]) =>
  list.map(([id, en, es, descEn, descEs, size, cents, snap, limit]) => ({
    id,
    category,
    name: { en, es, ...inOtherLanguages(id, 0) },
    description: { en: descEn, es: descEs, ...inOtherLanguages(id, 1) },
    size: demoSize(size),
    priceCents: cents,
    snapEligible: snap,
    picture: pictures[id] ?? `${category}.svg`,
    active: true,
    limit: limit ?? null,
  })),
);
