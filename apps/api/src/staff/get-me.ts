import { LANGUAGES } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { problemResponse } from '../problems/problem.ts';
import { requireStaffSession, secondFactorGap } from './require-staff.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_PATH } from './staff-route-deps.ts';
import { staffMeSchema } from './staff-schemas.ts';
import { communesOf, hasPassword } from './staff-store.ts';

export function registerGetMe(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_PATH}/me`,
    tags: ['Staff'],
    summary: 'The signed-in person, and the communes they are staff of with their roles',
    middleware: [requireStaffSession(deps)] as const,
    responses: {
      200: { description: 'The person', content: { 'application/json': { schema: staffMeSchema } } },
      401: problemResponse('Not signed in to the back-office (unauthorized)'),
    },
  });
  app.openapi(route, async (c) => {
    const person = c.var.staff;
    const [memberships, password] = await Promise.all([
      communesOf(deps.db, person.userId),
      hasPassword(deps.db, person.userId),
    ]);
    const communes = [];
    for (const membership of memberships) {
      const tenant = await deps.tenants.resolve(membership.slug);
      if (!tenant) continue;
      communes.push({
        slug: membership.slug,
        names: tenant.publicConfig.name,
        defaultLanguage: tenant.publicConfig.languages.default,
        source: membership.source,
        roles: membership.roles,
        needsSecondFactor: secondFactorGap(person, membership.roles) !== undefined,
      });
    }
    return c.json(
      {
        user: {
          id: person.userId,
          email: person.email,
          name: person.name,
          language: LANGUAGES.find((l) => l === person.language) ?? null,
        },
        hasPassword: password,
        twoFactorEnabled: person.twoFactorEnabled,
        secondFactorVerified: person.secondFactorVerified,
        communes,
      },
      200,
    );
  });
}
