// The languages the app ships. One entry per language drives everything language-specific: the
// language switch, i18next and the page direction, date, time, number and money formats on screen
// and on paper, the on-screen keyboard, staff forms (one field per offered language) and CSV columns.
// A branch offers a subset (settings.languages). Adding a language: docs/translating.md.

export type NumberingSystem = 'latn' | 'arab';

/** An on-screen keyboard: rows of keys for react-simple-keyboard, `{name}` for special keys. */
export type KeyboardLayout = {
  default: readonly string[];
  shift: readonly string[];
  /** What special keys of this layout show, and their names for screen readers (in this language). */
  keys?: Readonly<Record<string, { label: string; name: string }>>;
  /** The script is not Latin: a key switches to Latin letters (email addresses, names in Latin script). */
  latinSwitch?: { label: string; name: string };
};

export type LanguageDef = {
  /** ISO 639-1 code: locale folder name, key of translatable fields, i18next language. */
  code: string;
  /** The language's name in its own script, as the language switch shows it. */
  name: string;
  /** Its English name, for staff lists and logs. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 locale for Intl (dates, times, numbers, money) on screen and on paper. */
  locale: string;
  /**
   * Digits a branch may choose for this language; the first is the default. The one rule for digits: every number
   * a patron reads in the language (prices, times, dates, counts, quantities, order and ticket numbers, "Step 2 of 5")
   * is written in these digits, through shared/domain/format.ts. Phone numbers are Western digits, left to right, in
   * every language (dialled as written); codes stay as typed; the lobby display's called numbers stay Western, since
   * everyone in the room reads them.
   */
  numberingSystems: readonly [NumberingSystem, ...NumberingSystem[]];
  /** CLDR plural categories: exactly the `_<category>` forms each plural string needs (a test checks Intl agrees). */
  pluralCategories: readonly Intl.LDMLPluralRule[];
  keyboard: KeyboardLayout;
  /** System fonts made for the script, preferred for its text on paper (Debian's Noto packages have them). */
  printFonts?: readonly string[];
  /** The offline eSpeak NG voice that reads this language aloud where the system has no voice for it (`espeak-ng --voices`). */
  speechVoice: string;
};

const latinDigitsRow = '1 2 3 4 5 6 7 8 9 0 {bksp}';
const latinSymbolsRow = '! ? # & ( ) / : ; " {bksp}';

const englishKeyboard = {
  default: [latinDigitsRow, 'q w e r t y u i o p', "a s d f g h j k l '", '{shift} z x c v b n m , . -', '{space} {done}'],
  shift: [latinSymbolsRow, 'Q W E R T Y U I O P', "A S D F G H J K L '", '{shift} Z X C V B N M , . -', '{space} {done}'],
} as const satisfies KeyboardLayout;

export const languageList = [
  {
    code: 'en',
    name: 'English',
    englishName: 'English',
    speechVoice: 'en-us',
    dir: 'ltr',
    locale: 'en-US',
    numberingSystems: ['latn'],
    pluralCategories: ['one', 'other'],
    keyboard: englishKeyboard,
  },
  {
    code: 'es',
    name: 'Español',
    englishName: 'Spanish',
    speechVoice: 'es-419',
    dir: 'ltr',
    locale: 'es-US',
    numberingSystems: ['latn'],
    pluralCategories: ['one', 'many', 'other'],
    keyboard: {
      default: [latinDigitsRow, 'q w e r t y u i o p', 'a s d f g h j k l ñ', '{shift} z x c v b n m , . -', 'á é í ó ú ü ¿ ¡', '{space} {done}'],
      shift: [latinSymbolsRow, 'Q W E R T Y U I O P', 'A S D F G H J K L Ñ', '{shift} Z X C V B N M , . -', 'Á É Í Ó Ú Ü ¿ ¡', '{space} {done}'],
    },
  },
  {
    code: 'ar',
    name: 'العربية',
    englishName: 'Arabic',
    speechVoice: 'ar',
    dir: 'rtl',
    locale: 'ar',
    // Many Arabic readers in the Maghreb and abroad read Latin digits; others expect Arabic-Indic ones.
    numberingSystems: ['latn', 'arab'],
    pluralCategories: ['zero', 'one', 'two', 'few', 'many', 'other'],
    printFonts: ['Noto Sans Arabic', 'Noto Naskh Arabic'],
    // The standard Arabic PC layout, keys where Arabic phone and PC keyboards have them (not mirrored).
    keyboard: {
      default: [latinDigitsRow, 'ض ص ث ق ف غ ع ه خ ح ج د', 'ش س ي ب ل ا ت ن م ك ط', '{shift} ئ ء ؤ ر لا ى ة و ز ظ ذ', 'أ إ آ ، . ؟ -', '{abc} {space} {done}'],
      shift: ['! # & ( ) / : ؛ " \' {bksp}', 'ض ص ث ق ف غ ع ه خ ح ج د', 'ش س ي ب ل ا ت ن م ك ط', '{shift} ئ ء ؤ ر لا ى ة و ز ظ ذ', 'أ إ آ ، . ؟ -', '{abc} {space} {done}'],
      latinSwitch: { label: 'ع', name: 'لوحة المفاتيح العربية' },
    },
  },
  {
    code: 'vi',
    name: 'Tiếng Việt',
    englishName: 'Vietnamese',
    speechVoice: 'vi',
    dir: 'ltr',
    locale: 'vi-VN',
    numberingSystems: ['latn'],
    pluralCategories: ['other'],
    // QWERTY, the letters Vietnamese adds, and five tone keys that mark the syllable being typed.
    keyboard: {
      default: [latinDigitsRow, 'q w e r t y u i o p', 'a s d f g h j k l', '{shift} z x c v b n m , . -', 'ă â đ ê ô ơ ư', '{tone-acute} {tone-grave} {tone-hook} {tone-tilde} {tone-dot}', '{space} {done}'],
      shift: [latinSymbolsRow, 'Q W E R T Y U I O P', 'A S D F G H J K L', '{shift} Z X C V B N M , . -', 'Ă Â Đ Ê Ô Ơ Ư', '{tone-acute} {tone-grave} {tone-hook} {tone-tilde} {tone-dot}', '{space} {done}'],
      keys: {
        '{tone-acute}': { label: '◌́', name: 'Dấu sắc' },
        '{tone-grave}': { label: '◌̀', name: 'Dấu huyền' },
        '{tone-hook}': { label: '◌̉', name: 'Dấu hỏi' },
        '{tone-tilde}': { label: '◌̃', name: 'Dấu ngã' },
        '{tone-dot}': { label: '◌̣', name: 'Dấu nặng' },
      },
    },
  },
] as const satisfies readonly LanguageDef[];

export type LanguageCode = (typeof languageList)[number]['code'];

const [firstCode, ...otherCodes] = languageList.map((l): LanguageCode => l.code);
/** Every shipped language code, in list order (a tuple, so zod can make an enum of it). */
export const languageCodes: readonly [LanguageCode, ...LanguageCode[]] = [firstCode ?? 'en', ...otherCodes];

/** Translatable text falls back to this language when the patron's is missing; staff copies are printed in it. */
export const FALLBACK_LANGUAGE: LanguageCode = 'en';

export const isLanguageCode = (value: unknown): value is LanguageCode =>
  typeof value === 'string' && (languageCodes as readonly string[]).includes(value);

const byCode = new Map<string, LanguageDef>(languageList.map((l) => [l.code, l]));

export const languageOf = (code: LanguageCode): LanguageDef => byCode.get(code) ?? languageList[0];

/** Names shown on the language switch, each in its own language. */
export const languageNames = Object.fromEntries(languageList.map((l) => [l.code, l.name])) as Record<LanguageCode, string>;

export const directionOf = (code: LanguageCode): 'ltr' | 'rtl' => languageOf(code).dir;

/** Built once per reader's language: lists call this once per row. */
const displayNames = new Map<LanguageCode, Intl.DisplayNames | null>();

/** A language's name as a reader of another language says it ("Arabic", "árabe"): staff forms and lists. */
export function languageNameIn(code: LanguageCode, reader: LanguageCode): string {
  let names = displayNames.get(reader);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([languageOf(reader).locale], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(reader, names);
  }
  return names?.of(code) ?? languageOf(code).englishName;
}

// ---- Formats ----

/** The digits a branch chose per language (settings.numberingSystems); unset means the language's default. */
let numberingChoice: Partial<Record<LanguageCode, NumberingSystem>> = {};

/**
 * Sets the branch's digit choices. One process serves one branch, so the backend sets this from settings
 * (at start and on every change) and the renderer from the public settings; formatting then needs only the language.
 */
export function setNumberingSystems(choice: Partial<Record<LanguageCode, NumberingSystem>>): void {
  numberingChoice = { ...choice };
}

export const numberingSystemOf = (code: LanguageCode): NumberingSystem => {
  const language = languageOf(code);
  const chosen = numberingChoice[code];
  return chosen && language.numberingSystems.includes(chosen) ? chosen : language.numberingSystems[0];
};

/** The BCP 47 tag for Intl formats in a language, with the branch's digits: `ar-u-nu-arab`, `es-US`. */
export function localeTagOf(code: LanguageCode): string {
  const language = languageOf(code);
  // Explicit whenever there is a choice: an older ICU (Electron's) may default `ar` to the other digits.
  return language.numberingSystems.length > 1 ? `${language.locale}-u-nu-${numberingSystemOf(code)}` : language.locale;
}
