import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { AuditPage } from '../api/api-types.ts';

export const AUDIT_PAGE_SIZE = 50;

/** One page of the commune's audit log, newest first; `before` is the previous page's cursor. */
export function auditPage(tenant: string, before: string | undefined): Promise<ApiResult<AuditPage>> {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/audit-log', {
      params: {
        path: { tenant },
        query: before === undefined ? { limit: AUDIT_PAGE_SIZE } : { limit: AUDIT_PAGE_SIZE, before },
      },
    }),
  );
}
