import { describe, expect, it } from 'vitest';
import { readUrlParam, urlParamName, withUrlParam } from './url-state.ts';

describe('readUrlParam', () => {
  it('reads the widget’s parameter among others', () => {
    expect(
      readUrlParam('https://www.liege.be/fr/services?page=2&communa-service=stages#top', 'communa-service'),
    ).toBe('stages');
  });

  it('decodes the value', () => {
    expect(readUrlParam('https://x.be/?communa-service=permis%20%C3%A9t%C3%A9', 'communa-service')).toBe(
      'permis été',
    );
  });

  it('treats an absent or empty parameter as no value', () => {
    expect(readUrlParam('https://x.be/', 'communa-service')).toBeNull();
    expect(readUrlParam('https://x.be/?communa-service=', 'communa-service')).toBeNull();
  });

  it('keeps widgets apart by parameter name', () => {
    const href = 'https://x.be/?communa-service=stages&communa-service-2=forms';
    expect(readUrlParam(href, 'communa-service-2')).toBe('forms');
  });
});

describe('withUrlParam', () => {
  it('sets the parameter and keeps the path, other parameters and the fragment', () => {
    expect(withUrlParam('https://x.be/fr/services?page=2#top', 'communa-service', 'stages')).toBe(
      'https://x.be/fr/services?page=2&communa-service=stages#top',
    );
  });

  it('replaces an existing value', () => {
    expect(withUrlParam('https://x.be/?communa-service=a', 'communa-service', 'b')).toBe(
      'https://x.be/?communa-service=b',
    );
  });

  it('removes the parameter for null', () => {
    expect(withUrlParam('https://x.be/?page=2&communa-service=a', 'communa-service', null)).toBe(
      'https://x.be/?page=2',
    );
  });

  it('round-trips values that need encoding', () => {
    const href = withUrlParam('https://x.be/', 'communa-service', 'a&b=c d');
    expect(readUrlParam(href, 'communa-service')).toBe('a&b=c d');
  });
});

describe('urlParamName', () => {
  it('uses the attribute, else the default', () => {
    expect(urlParamName('directory', 'communa-service')).toBe('directory');
    expect(urlParamName('  ', 'communa-service')).toBe('communa-service');
    expect(urlParamName(null, 'communa-service')).toBe('communa-service');
  });
});
