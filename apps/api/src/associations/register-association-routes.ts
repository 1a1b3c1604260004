import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { registerDeleteAssociationInvitation } from './delete-association-invitation.ts';
import { registerDeleteAssociationMember } from './delete-association-member.ts';
import { registerGetAssociation } from './get-association.ts';
import { registerGetAssociations } from './get-associations.ts';
import { registerPatchAssociationMember } from './patch-association-member.ts';
import { registerPostAssociation } from './post-association.ts';
import { registerPostAssociationInvitation } from './post-association-invitation.ts';
import { registerPostAssociationInvitationAcceptance } from './post-association-invitation-acceptance.ts';
import { registerPostAssociationInvitationDecline } from './post-association-invitation-decline.ts';
import { registerPostAssociationInvitationLookup } from './post-association-invitation-lookup.ts';
import { registerPutAssociation } from './put-association.ts';

/** The associations a citizen acts for in one commune, their members and invitations. */
export function registerAssociationRoutes(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  registerGetAssociations(app, deps);
  registerPostAssociation(app, deps);
  registerGetAssociation(app, deps);
  registerPutAssociation(app, deps);
  registerPostAssociationInvitation(app, deps);
  registerDeleteAssociationInvitation(app, deps);
  registerPatchAssociationMember(app, deps);
  registerDeleteAssociationMember(app, deps);
  registerPostAssociationInvitationLookup(app, deps);
  registerPostAssociationInvitationAcceptance(app, deps);
  registerPostAssociationInvitationDecline(app, deps);
}
