import { describe, expect, it } from 'vitest';
import { readAssociationInvitationLink, withoutAssociationInvitationLink } from './association-link.ts';

const token = `${'a'.repeat(40)}_-9`;

describe('association invitation link', () => {
  it('reads the token of the mailed link', () => {
    expect(readAssociationInvitationLink(`?communa-association-invitation=${token}&x=1`)).toBe(token);
  });

  it('ignores what cannot be a token', () => {
    expect(readAssociationInvitationLink('?communa-association-invitation=short')).toBeUndefined();
    expect(readAssociationInvitationLink('')).toBeUndefined();
  });

  it('takes the token out of the address and keeps the rest', () => {
    expect(
      withoutAssociationInvitationLink(
        `https://www.liege.be/fr/?communa-association-invitation=${token}&x=1#top`,
      ),
    ).toBe('https://www.liege.be/fr/?x=1#top');
  });
});
