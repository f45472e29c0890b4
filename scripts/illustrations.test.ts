import { describe, expect, it } from 'vitest';
import { groceryIllustrations, illustrationIds, isPictureRef, pictureUrl } from '../shared/domain/pictures';
import { illustrationSvgs, licenceText, loadIconSet } from './illustrations';

describe('shipped illustrations', () => {
  const { set, info } = loadIconSet();

  it('finds every chosen illustration in the set, as a standalone SVG', () => {
    const svgs = illustrationSvgs(set, illustrationIds);
    expect(svgs.size).toBe(illustrationIds.length);
    for (const svg of svgs.values()) expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="[\d. -]+">.+<\/svg>$/s);
  });

  it('refuses a name the set does not have', () => {
    expect(() => illustrationSvgs(set, ['banana', 'no-such-fruit'])).toThrow(/no-such-fruit/);
  });

  it('ships the set under its licence, which allows it (MIT)', () => {
    expect(info.license.spdx).toBe('MIT');
    expect(licenceText(info, 3)).toContain('Microsoft');
  });
});

describe('picture references', () => {
  it('accepts illustrations, category pictures and photos, nothing else', () => {
    for (const ok of ['banana', 'produce.svg', 'photo:bananas-1a2b3c.webp', 'photo:x.jpg', groceryIllustrations[0]]) expect(isPictureRef(ok), ok).toBe(true);
    for (const bad of ['stethoscope', 'Banana', '../secret.key', 'photo:../../secret.key', 'photo:a.png', 'photo:a.webp/..', 'https://x/y.svg', '']) expect(isPictureRef(bad), bad).toBe(false);
  });

  it('maps each kind to its own folder', () => {
    expect(pictureUrl('banana')).toBe('/pictures/banana.svg');
    expect(pictureUrl('produce.svg')).toBe('/grocery/produce.svg');
    expect(pictureUrl('photo:bananas-1.webp')).toBe('/photos/bananas-1.webp');
  });
});
