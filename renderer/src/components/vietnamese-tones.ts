// The tone keys of the Vietnamese on-screen keyboard: type a syllable's letters, then its tone, and the
// mark goes on the vowel where Vietnamese writes it ("nguoi" + huyền → no, "người": ư ơ i + huyền → ờ).
// Pressing the tone the syllable already has takes it off again, as Telex does.

export const toneMarks = {
  acute: '\u0301', // sắc
  grave: '\u0300', // huyền
  hook: '\u0309', // hỏi
  tilde: '\u0303', // ngã
  dot: '\u0323', // nặng
} as const;
export type Tone = keyof typeof toneMarks;

const TONE_MARKS = new Set<string>(Object.values(toneMarks));
/** Breve, circumflex, horn: the vowels ă â ê ô ơ ư, which take the tone before any other vowel. */
const VOWEL_MODIFIERS = new Set(['\u0306', '\u0302', '\u031b']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isMark = (char: string) => /\p{M}/u.test(char);

/** A letter with the combining marks that follow it (after NFD). */
type Letter = { base: string; marks: string[] };

function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const char of word.normalize('NFD')) {
    const last = letters.at(-1);
    if (isMark(char) && last) last.marks.push(char);
    else letters.push({ base: char, marks: [] });
  }
  return letters;
}

const isVowel = (letter: Letter) => VOWELS.has(letter.base.toLowerCase());
const isModified = (letter: Letter) => letter.marks.some((m) => VOWEL_MODIFIERS.has(m));

/** Index of the letter that carries the tone in a syllable, or -1 when it has no vowel. */
export function toneCarrier(letters: readonly Letter[]): number {
  let end = letters.length;
  while (end > 0 && !isVowel(letters[end - 1]!)) end -= 1;
  if (end === 0) return -1;
  let start = end - 1;
  while (start > 0 && isVowel(letters[start - 1]!)) start -= 1;
  const lower = (i: number) => letters[i]?.base.toLowerCase();
  // "qu" and "gi" before another vowel are consonants: quá, giá (but gì has its own i).
  if (end - start > 1 && ((lower(start) === 'u' && lower(start - 1) === 'q') || (lower(start) === 'i' && lower(start - 1) === 'g' && start === 1))) start += 1;
  const cluster = [...Array(end - start).keys()].map((i) => start + i);
  const modified = cluster.filter((i) => isModified(letters[i]!));
  if (modified.length > 0) return modified.at(-1)!;
  if (cluster.length === 1) return start;
  // A final consonant pulls the tone to the last vowel (hoàn); open syllables take it on the first of two (hòa, của) or the middle of three (ngoài).
  if (end < letters.length) return end - 1;
  return cluster.length === 2 ? start : start + 1;
}

/** Puts `tone` on the last syllable of `value` (replacing its tone, or removing it when it is the same one). */
export function applyTone(value: string, tone: Tone): string {
  const match = /[\p{L}\p{M}]+$/u.exec(value);
  if (!match) return value;
  const letters = lettersOf(match[0]);
  const had = letters.flatMap((l) => l.marks).find((m) => TONE_MARKS.has(m));
  for (const letter of letters) letter.marks = letter.marks.filter((m) => !TONE_MARKS.has(m));
  const carrier = toneCarrier(letters);
  if (carrier < 0) return value;
  if (had !== toneMarks[tone]) letters[carrier]!.marks.push(toneMarks[tone]);
  const word = letters.map((l) => l.base + l.marks.join('')).join('').normalize('NFC');
  return value.slice(0, match.index) + word;
}

const isTone = (name: string): name is Tone => name in toneMarks;

/** `{tone-acute}` → 'acute'; other keys → null. */
export function toneOfKey(key: string): Tone | null {
  const name = /^\{tone-(\w+)\}$/.exec(key)?.[1];
  return name !== undefined && isTone(name) ? name : null;
}
