import type { Commune, Me } from '../api/api-types.ts';
import type { KnownRoute, Route, Section } from '../routing/routes.ts';
import { canOpen } from './nav-items.ts';

/** Who is signed in, as far as the back-office knows. */
export type Session =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  /** `secondFactor`: the password was right and the TOTP code is awaited (no session yet). */
  | { kind: 'signed-out'; secondFactor: boolean }
  | { kind: 'signed-in'; me: Me };

/** What the main area shows for a session and a route. */
export type Screen =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'sign-in'; forInvitation: boolean }
  | { kind: 'challenge' }
  | { kind: 'enrol'; hasPassword: boolean }
  | { kind: 'redirect'; to: KnownRoute }
  | { kind: 'no-communes' }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; commune: Commune }
  | { kind: 'section'; section: Section; commune: Commune }
  | { kind: 'invitation'; invitationId: string };

/**
 * The one place that decides what is on screen. A commune the person is not staff of is "not
 * found", exactly as the API answers; the second factor is asked for where the roles need it.
 */
export function screenFor(session: Session, route: Route): Screen {
  switch (session.kind) {
    case 'loading':
    case 'unavailable':
      return { kind: session.kind };
    case 'signed-out':
      return session.secondFactor
        ? { kind: 'challenge' }
        : { kind: 'sign-in', forInvitation: route.kind === 'invitation' };
    case 'signed-in':
      return signedInScreen(session.me, route);
  }
}

function signedInScreen(me: Me, route: Route): Screen {
  switch (route.kind) {
    case 'invitation':
      return { kind: 'invitation', invitationId: route.invitationId };
    case 'not-found':
      return { kind: 'not-found' };
    case 'home': {
      const first = me.communes[0];
      return first
        ? { kind: 'redirect', to: { kind: 'commune', slug: first.slug, section: 'overview' } }
        : { kind: 'no-communes' };
    }
    case 'commune': {
      const commune = me.communes.find((candidate) => candidate.slug === route.slug);
      if (!commune) return { kind: 'not-found' };
      if (commune.needsSecondFactor) {
        return me.twoFactorEnabled ? { kind: 'challenge' } : { kind: 'enrol', hasPassword: me.hasPassword };
      }
      if (!canOpen(route.section, commune.roles)) return { kind: 'forbidden', commune };
      return { kind: 'section', section: route.section, commune };
    }
  }
}

/** The commune whose menu is shown: the one in the URL, once its second factor is passed. */
export function menuCommune(screen: Screen): Commune | undefined {
  return screen.kind === 'section' || screen.kind === 'forbidden' ? screen.commune : undefined;
}
