/** Why a call failed: the problem+json `code`, or `network` when no answer came. */
export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  /** The problem's field errors, when it names some (`path` as the API spells it). */
  errors?: FieldProblem[];
}

export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  'path' in value &&
  typeof value.path === 'string' &&
  'code' in value &&
  typeof value.code === 'string' &&
  'message' in value &&
  typeof value.message === 'string';

/** The `errors` of a problem+json body, those that have the expected shape. */
export function fieldProblems(body: unknown): FieldProblem[] {
  if (!body || typeof body !== 'object' || !('errors' in body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isFieldProblem);
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
    const errors = fieldProblems(error);
    return {
      ok: false,
      status: response.status,
      code: problemCode(error, response.status),
      ...(errors.length > 0 ? { errors } : {}),
    };
  } catch {
    return networkFailure;
  }
}
