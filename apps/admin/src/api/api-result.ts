/** Why a call failed: the problem+json `code`, or `network` when no answer came. */
export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
}

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

/** The stable `code` of a problem+json body, or a code derived from the status when there is none. */
export function problemCode(body: unknown, status: number): string {
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string' && body.code) {
    return body.code;
  }
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return 'server_error';
}

export const networkFailure: ApiFailure = { ok: false, status: 0, code: 'network' };

/** An openapi-fetch call as a result that never rejects. */
export async function settle<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await call;
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, status: response.status, code: problemCode(error, response.status) };
  } catch {
    return networkFailure;
  }
}
