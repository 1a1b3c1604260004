import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { InvitationDetails } from '../api/api-types.ts';

/** An invitation, readable only by the person signed in with the invited address. */
export function readInvitation(invitationId: string): Promise<ApiResult<InvitationDetails>> {
  return settle(api.GET('/v1/admin/invitations/{invitationId}', { params: { path: { invitationId } } }));
}

export function acceptInvitation(invitationId: string): Promise<ApiResult<{ slug: string }>> {
  return settle(
    api.POST('/v1/admin/invitations/{invitationId}/accept', { params: { path: { invitationId } } }),
  );
}
