import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { Households } from '../api/api-types.ts';

export function listHouseholds(tenant: string): Promise<ApiResult<Households>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/households', { params: { path: { tenant } } }));
}
