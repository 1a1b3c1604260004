import type { ApiClient } from './api-client.ts';
import type { PublicTenant } from './tenant-types.ts';

/** What went wrong, in terms a visitor's message can be chosen from. */
export type TenantError = 'not-found' | 'forbidden' | 'network' | 'server';

export type TenantResult = { ok: true; tenant: PublicTenant } | { ok: false; error: TenantError };

/** A commune's public configuration; never rejects, every failure becomes a `TenantError`. */
export async function fetchTenant(
  client: ApiClient,
  slug: string,
  signal?: AbortSignal,
): Promise<TenantResult> {
  try {
    const { data, response } = await client.GET('/v1/tenants/{tenant}', {
      params: { path: { tenant: slug } },
      ...(signal ? { signal } : {}),
    });
    if (data) return { ok: true, tenant: data };
    return { ok: false, error: errorForStatus(response.status) };
  } catch (error) {
    // A body that is not JSON comes from a broken server or proxy, not from the visitor's connection.
    return { ok: false, error: error instanceof SyntaxError ? 'server' : 'network' };
  }
}

function errorForStatus(status: number): TenantError {
  if (status === 404) return 'not-found';
  if (status === 403) return 'forbidden';
  return 'server';
}
