import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { Me } from '../api/api-types.ts';

/** Who is signed in and their communes; 401 `unauthorized` without a session. */
export function readMe(): Promise<ApiResult<Me>> {
  return settle(api.GET('/v1/admin/me'));
}
