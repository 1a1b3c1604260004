/** The back-office's screens inside a commune, as they appear in the URL. */
export const SECTIONS = [
  'overview',
  'families',
  'stages',
  'payments',
  'event-requests',
  'forms',
  'staff',
  'audit-log',
] as const;

export type Section = (typeof SECTIONS)[number];

/** What a back-office URL shows. */
export type Route =
  | { kind: 'home' }
  | { kind: 'commune'; slug: string; section: Section }
  | { kind: 'invitation'; invitationId: string }
  | { kind: 'not-found' };

/** A route that names a screen. */
export type KnownRoute = Exclude<Route, { kind: 'not-found' }>;
export type CommuneRoute = Extract<Route, { kind: 'commune' }>;

export const BASE_PATH = '/admin';

const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const INVITATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/** The screen a path names; anything outside /admin or malformed is not found. */
export function parseRoute(pathname: string): Route {
  if (pathname !== BASE_PATH && !pathname.startsWith(`${BASE_PATH}/`)) return { kind: 'not-found' };
  const parts = pathname.slice(BASE_PATH.length).split('/').filter(Boolean).map(decodePart);
  const [first, second, ...rest] = parts;
  if (first === undefined) return { kind: 'home' };
  if (first === 'invitations') {
    return second !== undefined && rest.length === 0 && INVITATION_ID.test(second)
      ? { kind: 'invitation', invitationId: second.toLowerCase() }
      : { kind: 'not-found' };
  }
  if (!SLUG.test(first) || rest.length > 0) return { kind: 'not-found' };
  if (second === undefined) return { kind: 'commune', slug: first, section: 'overview' };
  return isSection(second) && second !== 'overview'
    ? { kind: 'commune', slug: first, section: second }
    : { kind: 'not-found' };
}

/** The path of a screen; `parseRoute(routePath(r))` gives `r` back. */
export function routePath(route: KnownRoute): string {
  switch (route.kind) {
    case 'home':
      return `${BASE_PATH}/`;
    case 'invitation':
      return `${BASE_PATH}/invitations/${encodeURIComponent(route.invitationId)}`;
    case 'commune':
      return route.section === 'overview'
        ? `${BASE_PATH}/${route.slug}/`
        : `${BASE_PATH}/${route.slug}/${route.section}`;
  }
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '\u0000';
  }
}

/** The same screen in another commune: the switcher keeps you where you were. */
export function inCommune(route: Route, slug: string): CommuneRoute {
  return route.kind === 'commune' ? { ...route, slug } : { kind: 'commune', slug, section: 'overview' };
}
