import { describe, expect, it } from 'vitest';
import { communeLook, communeStylesheet } from './commune-stylesheet.ts';
import type { DemoCommune } from './types.ts';

const base: DemoCommune = {
  slug: 'liege',
  names: { fr: 'Ville de Liège' },
  languages: ['fr'],
  defaultLanguage: 'fr',
  colorPrimary: '#b5121b',
  colorOnPrimary: '#ffffff',
  postalCode: '4000',
  city: 'Liège',
};

describe('commune stylesheet', () => {
  it("uses the commune's colours when they are readable", () => {
    const css = communeStylesheet(base);
    expect(css).toContain('--site-primary: #b5121b;');
    expect(css).toContain('--site-on-primary: #ffffff;');
    expect(css).toContain('--site-link: #b5121b;');
  });

  it('replaces colours that would fail AA contrast', () => {
    const css = communeStylesheet({ ...base, colorPrimary: '#ffd500', colorOnPrimary: '#ffffff' });
    expect(css).toContain('--site-primary: #ffd500;');
    expect(css).toContain('--site-on-primary: #000000;');
    expect(css).toContain('--site-link: #000000;');
  });

  it('gives each slug a stable look, and the demo communes different ones', () => {
    expect(communeLook('liege')).toEqual(communeLook('liege'));
    const looks = ['liege', 'charleroi', 'herstal'].map((slug) => JSON.stringify(communeLook(slug)));
    expect(new Set(looks).size).toBe(3);
  });

  it('writes the chosen variant', () => {
    const slugs = ['liege', 'charleroi', 'herstal', 'namur', 'eupen', 'mons', 'huy', 'spa'];
    const light = slugs.find((slug) => communeLook(slug).header === 'light');
    const solid = slugs.find((slug) => communeLook(slug).header === 'solid');
    expect(light && solid).toBeTruthy();
    expect(communeStylesheet({ ...base, slug: light ?? '' })).toContain('.main-nav {');
    expect(communeStylesheet({ ...base, slug: solid ?? '' })).not.toContain('.main-nav {');
  });
});
