/** The query parameter of the association invitation e-mail's link (apps/api/src/associations). */
export const ASSOCIATION_INVITATION_PARAM = 'communa-association-invitation';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The invitation token a link carries, or undefined when there is none or it cannot be one. */
export function readAssociationInvitationLink(search: string): string | undefined {
  const token = new URLSearchParams(search).get(ASSOCIATION_INVITATION_PARAM)?.trim() ?? '';
  return TOKEN.test(token) ? token : undefined;
}

/** The same address without the token, so it is neither reloaded, bookmarked nor shared. */
export function withoutAssociationInvitationLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(ASSOCIATION_INVITATION_PARAM);
  return url.toString();
}
