import { describe, expect, it } from 'vitest';
import { hashInvitationToken, newInvitationToken } from './association-invitation-token.ts';
import {
  ASSOCIATION_INVITATION_DAYS,
  invitationExpiry,
  normaliseAssociation,
  removalProblem,
  roleChangeProblem,
} from './association-rules.ts';

const input = {
  name: 'Comité Saint-Gilles',
  companyNumber: 'BE 0403.170.701',
  address: {
    street: 'Rue Saint-Gilles',
    number: '12',
    box: null,
    postalCode: '4000',
    city: 'Liège',
    country: 'BE',
  },
  contact: { name: 'Claire Renard', email: 'Claire@Example.be', phone: '0470 12 34 56' },
};

describe('association details', () => {
  it('keeps the company number as 10 digits, the phone in E.164 and the e-mail in lower case', () => {
    expect(normaliseAssociation(input)).toEqual({
      ok: true,
      value: {
        name: 'Comité Saint-Gilles',
        companyNumber: '0403170701',
        street: 'Rue Saint-Gilles',
        number: '12',
        box: null,
        postalCode: '4000',
        city: 'Liège',
        country: 'BE',
        contactName: 'Claire Renard',
        contactEmail: 'claire@example.be',
        contactPhone: '+32470123456',
      },
    });
  });

  it('accepts a de facto association without a number', () => {
    const outcome = normaliseAssociation({ ...input, companyNumber: null });
    expect(outcome.ok && outcome.value.companyNumber).toBeNull();
  });

  it('names every bad field at once', () => {
    const outcome = normaliseAssociation({
      ...input,
      companyNumber: '0403.170.702',
      address: { ...input.address, postalCode: '0999' },
      contact: { ...input.contact, phone: '12' },
    });
    expect(outcome.ok ? [] : outcome.errors.map((e) => [e.path, e.code])).toEqual([
      ['companyNumber', 'company_number_checksum'],
      ['address.postalCode', expect.any(String)],
      ['contact.phone', expect.any(String)],
    ]);
  });
});

describe('leaving and removing members', () => {
  const members = [
    { userId: 'a', role: 'owner' as const },
    { userId: 'b', role: 'member' as const },
  ];

  it('lets an owner remove a member and a member leave', () => {
    expect(removalProblem(members, 'a', 'b')).toBeNull();
    expect(removalProblem(members, 'b', 'b')).toBeNull();
  });

  it('lets only owners remove someone else', () => {
    expect(removalProblem(members, 'b', 'a')).toBe('owner_required');
    expect(removalProblem(members, 'b', 'z')).toBe('member_not_found');
  });

  it('keeps an owner while others remain', () => {
    expect(removalProblem(members, 'a', 'a')).toBe('last_owner');
    expect(removalProblem([...members, { userId: 'c', role: 'owner' }], 'a', 'a')).toBeNull();
    expect(removalProblem([{ userId: 'a', role: 'owner' }], 'a', 'a')).toBeNull();
  });
});

describe('changing roles', () => {
  const members = [
    { userId: 'a', role: 'owner' as const },
    { userId: 'b', role: 'member' as const },
  ];

  it('lets owners alone make owners, and never leaves the association without one', () => {
    expect(roleChangeProblem(members, 'a', 'b', 'owner')).toBeNull();
    expect(roleChangeProblem(members, 'b', 'b', 'owner')).toBe('owner_required');
    expect(roleChangeProblem(members, 'a', 'a', 'member')).toBe('last_owner');
    expect(roleChangeProblem(members, 'a', 'z', 'owner')).toBe('member_not_found');
  });
});

describe('invitation tokens and expiry', () => {
  it('mails a 43-character token and keeps only its hash', () => {
    const { token, hash } = newInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashInvitationToken(token));
    expect(hash).not.toContain(token);
  });

  it('gives two weeks', () => {
    const now = new Date('2026-07-01T10:00:00Z');
    expect((invitationExpiry(now).getTime() - now.getTime()) / 86_400_000).toBe(ASSOCIATION_INVITATION_DAYS);
  });
});
