import { tenants } from '@communa/db';
import { eq } from 'drizzle-orm';
import type { AuthTestKit, ResendTestKit } from '../../auth/testing/auth-test-kit.ts';
import { startAuthTestKit, startResendTestKit } from '../../auth/testing/auth-test-kit.ts';
import { authSecret, parseEnv } from '../../env.ts';
import { TEST_PUBLIC_URL } from '../../testing/offline-app.ts';
import type { StaffSession, StaffSessionOptions } from './create-staff-session.ts';
import { createStaffSession } from './create-staff-session.ts';

export interface StaffTestKit extends AuthTestKit {
  tenantId: (slug: string) => Promise<string>;
  /** A staff member of a commune, signed in (second factor passed unless told otherwise). */
  staff: (
    email: string,
    slug: string | undefined,
    roles: StaffSessionOptions['roles'],
    options?: Omit<StaffSessionOptions, 'tenantId' | 'roles'>,
  ) => Promise<StaffSession>;
  /** A request from the back-office page: its cookie and, as browsers send it, its origin. */
  admin: (
    path: string,
    session: { cookie: string } | undefined,
    init?: AdminRequestInit,
  ) => Promise<Response>;
}

export interface AdminRequestInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The auth test kit, plus staff sessions made directly and requests shaped like the back-office's. */
export async function startStaffTestKit(): Promise<StaffTestKit> {
  return withStaff(await startAuthTestKit());
}

/** The staff test kit with its e-mail sent through the real Resend SDK to a fake Resend on 127.0.0.1. */
export async function startStaffResendTestKit(): Promise<StaffTestKit & ResendTestKit> {
  return withStaff(await startResendTestKit());
}

async function withStaff<Kit extends AuthTestKit>(kit: Kit): Promise<Kit & StaffTestKit> {
  const secret = authSecret(parseEnv({ NODE_ENV: 'test' }));
  const tenantId = async (slug: string) => {
    const [row] = await kit.owner.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
    if (!row) throw new Error(`no demo commune ${slug}`);
    return row.id;
  };
  return {
    ...kit,
    tenantId,
    staff: async (email, slug, roles, options = {}) =>
      createStaffSession(kit.owner.db, secret, email, {
        ...options,
        ...(slug && roles ? { tenantId: await tenantId(slug), roles } : {}),
      }),
    admin: async (path, session, init = {}) =>
      kit.platform.app.request(path, {
        method: init.method ?? 'GET',
        headers: {
          origin: TEST_PUBLIC_URL,
          'x-forwarded-for': '203.0.113.7',
          ...(session ? { cookie: session.cookie } : {}),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
  };
}
