import { describe, expect, it } from 'vitest';
import { resolveApiBase } from './api-base.ts';

const chunk = 'https://api.communa.be/widgets/chunks/communa-services-ABC123.js';
const page = 'https://www.liege.be/fr/services?x=1';

describe('resolveApiBase', () => {
  it('uses the origin the widget chunk was loaded from', () => {
    expect(resolveApiBase(null, chunk, page)).toBe('https://api.communa.be');
    expect(resolveApiBase('', chunk, page)).toBe('https://api.communa.be');
    expect(resolveApiBase('   ', chunk, page)).toBe('https://api.communa.be');
  });

  it('lets the api attribute override, without a trailing slash', () => {
    expect(resolveApiBase('https://staging.communa.be/', chunk, page)).toBe('https://staging.communa.be');
    expect(resolveApiBase('https://gw.example.be/communa/', chunk, page)).toBe(
      'https://gw.example.be/communa',
    );
  });

  it('resolves a relative override against the page', () => {
    expect(resolveApiBase('/communa-api', chunk, page)).toBe('https://www.liege.be/communa-api');
  });

  it('drops the query and fragment of an override', () => {
    expect(resolveApiBase('https://api.example.be/?debug=1#x', chunk, page)).toBe('https://api.example.be');
  });

  it('ignores an override that is not an http(s) URL', () => {
    expect(resolveApiBase('javascript:alert(1)', chunk, page)).toBe('https://api.communa.be');
    expect(resolveApiBase('http://[bad', chunk, page)).toBe('https://api.communa.be');
  });
});
