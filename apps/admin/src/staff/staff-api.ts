import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { Invitation, Member, MemberEventServices, Role, StaffList } from '../api/api-types.ts';

/** The staff routes of one commune, as results that never reject. */
export function listStaff(tenant: string): Promise<ApiResult<StaffList>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/staff', { params: { path: { tenant } } }));
}

export function inviteStaff(tenant: string, email: string, roles: Role[]): Promise<ApiResult<Invitation>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/staff/invitations', {
      params: { path: { tenant } },
      body: { email, roles },
    }),
  );
}

export function cancelInvitation(tenant: string, invitationId: string): Promise<ApiResult<unknown>> {
  return settle(
    api.DELETE('/v1/admin/tenants/{tenant}/staff/invitations/{invitationId}', {
      params: { path: { tenant, invitationId } },
    }),
  );
}

export function changeRoles(tenant: string, memberId: string, roles: Role[]): Promise<ApiResult<Member>> {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/staff/members/{memberId}/roles', {
      params: { path: { tenant, memberId } },
      body: { roles },
    }),
  );
}

export function removeMember(tenant: string, memberId: string): Promise<ApiResult<unknown>> {
  return settle(
    api.DELETE('/v1/admin/tenants/{tenant}/staff/members/{memberId}', {
      params: { path: { tenant, memberId } },
    }),
  );
}

export function changeServices(
  tenant: string,
  memberId: string,
  services: string[],
): Promise<ApiResult<MemberEventServices>> {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/staff/members/{memberId}/event-services', {
      params: { path: { tenant, memberId } },
      body: { services },
    }),
  );
}
