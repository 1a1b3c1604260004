import { describe, expect, it } from 'vitest';
import type { Language } from '../core/tenant-types.ts';
import { problemError } from './account-api.ts';
import { ERROR_TEXT } from './account-area.ts';
import { accountText } from './account-messages.ts';

const LANGUAGES: readonly Language[] = ['fr', 'nl', 'de', 'en'];

describe('problems of cancelling and answering an offer', () => {
  const codes = ['enrolment_not_found', 'enrolment_already_cancelled', 'offer_expired', 'no_pending_offer'];

  it('each code has its own message, in plain words in every language', () => {
    for (const lang of LANGUAGES) {
      const texts = codes.map((code) => accountText(lang, ERROR_TEXT[problemError(code, 409)]));
      expect(new Set(texts).size).toBe(codes.length);
      for (const text of texts) {
        expect(text).not.toMatch(/_|\{|server|serveur/i);
        expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(accountText('fr', ERROR_TEXT[problemError('offer_expired', 409)])).toContain('délai');
    expect(accountText('nl', ERROR_TEXT[problemError('no_pending_offer', 409)])).toContain(
      'geen plaats meer',
    );
  });

  it('an unknown code is the service failing, and 401 a session that ended', () => {
    expect(problemError('something_new', 409)).toBe('server');
    expect(problemError('something_new', 401)).toBe('unauthorized');
  });
});
