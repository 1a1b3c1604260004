import { describe, expect, it } from 'vitest';
import type { Commune, Me } from '../api/api-types.ts';
import { menuCommune, screenFor } from './screen.ts';

const commune = (slug: string, roles: Commune['roles'], needsSecondFactor = false): Commune => ({
  slug,
  names: { fr: slug },
  defaultLanguage: 'fr',
  source: 'code',
  roles,
  needsSecondFactor,
});

const me = (communes: Commune[], overrides: Partial<Me> = {}): Me => ({
  user: {
    id: '6f1c1a52-6f47-4e55-9f0f-1f6f4f1f0a01',
    email: 'multi@communa.test',
    name: 'Multi',
    language: null,
  },
  hasPassword: true,
  twoFactorEnabled: true,
  secondFactorVerified: true,
  communes,
  ...overrides,
});

const signedIn = (communes: Commune[], overrides: Partial<Me> = {}) =>
  ({ kind: 'signed-in', me: me(communes, overrides) }) as const;

describe('screenFor', () => {
  it('asks to sign in wherever the URL points, and for the TOTP code after a password', () => {
    const staff = { kind: 'commune', slug: 'liege', section: 'staff' } as const;
    expect(screenFor({ kind: 'signed-out', secondFactor: false }, staff)).toEqual({
      kind: 'sign-in',
      forInvitation: false,
    });
    expect(screenFor({ kind: 'signed-out', secondFactor: true }, staff)).toEqual({ kind: 'challenge' });
    expect(
      screenFor({ kind: 'signed-out', secondFactor: false }, { kind: 'invitation', invitationId: 'x' }),
    ).toEqual({ kind: 'sign-in', forInvitation: true });
  });

  it('opens the first commune from the start page, or says there is none', () => {
    expect(screenFor(signedIn([commune('liege', ['admin'])]), { kind: 'home' })).toEqual({
      kind: 'redirect',
      to: { kind: 'commune', slug: 'liege', section: 'overview' },
    });
    expect(screenFor(signedIn([]), { kind: 'home' })).toEqual({ kind: 'no-communes' });
  });

  it('says "not found" for a commune the person is not staff of', () => {
    const session = signedIn([commune('liege', ['stage-manager'])]);
    expect(screenFor(session, { kind: 'commune', slug: 'herstal', section: 'families' })).toEqual({
      kind: 'not-found',
    });
  });

  it('asks for enrolment or the code where the roles need a second factor', () => {
    const liege = commune('liege', ['admin'], true);
    const route = { kind: 'commune', slug: 'liege', section: 'staff' } as const;
    expect(screenFor(signedIn([liege], { twoFactorEnabled: false, hasPassword: false }), route)).toEqual({
      kind: 'enrol',
      hasPassword: false,
    });
    expect(screenFor(signedIn([liege]), route)).toEqual({ kind: 'challenge' });
  });

  it('opens a screen the roles allow and refuses the others, keeping the menu', () => {
    const herstal = commune('herstal', ['form-agent']);
    const session = signedIn([herstal]);
    const families = screenFor(session, { kind: 'commune', slug: 'herstal', section: 'families' });
    expect(families).toEqual({ kind: 'forbidden', commune: herstal });
    expect(menuCommune(families)).toBe(herstal);
    expect(screenFor(session, { kind: 'commune', slug: 'herstal', section: 'overview' })).toEqual({
      kind: 'section',
      section: 'overview',
      commune: herstal,
    });
  });
});
