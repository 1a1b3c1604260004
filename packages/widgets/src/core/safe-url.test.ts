import { describe, expect, it } from 'vitest';
import { mailtoUrl, safeUrl, telUrl } from './safe-url.ts';

describe('safeUrl', () => {
  it('keeps web, mail and phone links', () => {
    expect(safeUrl('https://www.liege.be/fr/stages')).toBe('https://www.liege.be/fr/stages');
    expect(safeUrl('mailto:info@liege.be')).toBe('mailto:info@liege.be');
  });

  it('refuses script and data URLs, relative and broken values', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeUrl('/relative')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});

describe('telUrl and mailtoUrl', () => {
  it('builds links from what people write', () => {
    expect(telUrl('+32 4 221 84 11')).toBe('tel:+3242218411');
    expect(telUrl('04/221.84.11')).toBe('tel:042218411');
    expect(mailtoUrl('info@liege.be')).toBe('mailto:info@liege.be');
  });

  it('gives no link for values that are not a number or an address', () => {
    expect(telUrl('ask at the desk')).toBeUndefined();
    expect(mailtoUrl('info at liege')).toBeUndefined();
    expect(mailtoUrl('javascript:a@b')).toBeUndefined();
  });
});
