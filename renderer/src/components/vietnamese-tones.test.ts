import { describe, expect, it } from 'vitest';
import { applyKey } from './keyboard-context';
import { applyTone, toneOfKey, type Tone } from './vietnamese-tones';

/** Types `letters`, then the tone, as the on-screen keyboard would. */
const typed = (letters: string, tone: Tone) => applyTone(letters.normalize('NFC'), tone);

describe('Vietnamese tone keys', () => {
  it.each([
    ['ngươi', 'grave', 'người'],
    ['viêt', 'dot', 'việt'],
    ['tiêng', 'acute', 'tiếng'],
    ['hoa', 'grave', 'hòa'],
    ['hoan', 'grave', 'hoàn'],
    ['ngoai', 'grave', 'ngoài'],
    ['cua', 'hook', 'của'],
    ['qua', 'acute', 'quá'],
    ['gia', 'acute', 'giá'],
    ['gi', 'grave', 'gì'],
    ['quyên', 'hook', 'quyển'],
    ['nươc', 'acute', 'nước'],
    ['tuôi', 'hook', 'tuổi'],
    ['khoe', 'hook', 'khỏe'],
    ['ma', 'tilde', 'mã'],
    ['Viêt', 'dot', 'Việt'],
    ['Chào ban', 'dot', 'Chào bạn'],
  ] as const)('%s + %s → %s', (letters, tone, expected) => {
    expect(typed(letters, tone)).toBe(expected);
    expect(typed(letters, tone)).toBe(expected.normalize('NFC'));
  });

  it('replaces a tone, and takes it off when the same tone is pressed again', () => {
    expect(applyTone('má', 'grave')).toBe('mà');
    expect(applyTone('mà', 'grave')).toBe('ma');
    expect(applyTone('người', 'grave')).toBe('ngươi');
  });

  it('leaves text without a vowel at the end alone', () => {
    expect(applyTone('', 'acute')).toBe('');
    expect(applyTone('abc ', 'acute')).toBe('abc ');
    expect(applyTone('ng', 'acute')).toBe('ng');
  });

  it('works through the keyboard key names, one character per letter, and within the length limit', () => {
    expect(toneOfKey('{tone-hook}')).toBe('hook');
    expect(toneOfKey('{tone-bogus}')).toBeNull();
    expect(toneOfKey('a')).toBeNull();
    const word = ['V', 'i', 'ê', 't', '{tone-dot}'].reduce((value, key) => applyKey(value, key), '');
    expect(word).toBe('Việt');
    expect(Array.from(word)).toHaveLength(4);
    expect(applyKey(word, '{bksp}')).toBe('Việ');
    // A tone composes with its letter, so it never makes the text longer.
    expect(applyKey('ab', '{tone-acute}', 2)).toBe('áb');
  });
});
