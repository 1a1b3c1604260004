import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { householdSchema } from '../households/household-schemas.ts';
import { problemResponse } from '../problems/problem.ts';
import { recordResidencyDecision } from './record-residency-decision.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';

const residencySchema = householdSchema.shape.residency;

const residencyInputSchema = z
  .strictObject({
    residency: residencySchema.openapi({
      description: 'What the commune found, e.g. from the population register',
    }),
  })
  .openapi('ResidencyDecision');

const paramsSchema = z.object({
  tenant: z.string().openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  householdId: z.uuid().openapi({ param: { name: 'householdId', in: 'path' } }),
});

export function registerPutHouseholdResidency(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${ADMIN_TENANT_PATH}/households/{householdId}/residency`,
    tags: ['Staff'],
    summary: 'Confirm or correct a household’s declared residency (admin, stage-manager)',
    description:
      'What staff found (population register) against what the family declared: the same confirms it ' +
      '(residencyStatus confirmed), the other corrects it (corrected). It may be decided again.',
    middleware: staffMiddleware(deps, 'residency:decide'),
    request: {
      params: paramsSchema,
      body: { required: true, content: { 'application/json': { schema: residencyInputSchema } } },
    },
    responses: {
      200: {
        description: 'The decision',
        content: {
          'application/json': {
            schema: z
              .object({
                residency: residencySchema.openapi({ description: 'The residency now on record' }),
                residencyStatus: z.enum(['confirmed', 'corrected']),
              })
              .openapi('ResidencyStatus'),
          },
        },
      },
      ...staffProblemResponses,
      404: problemResponse('No such commune among yours, or no such household (household_not_found)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { householdId } = c.req.valid('param');
    const { residency } = c.req.valid('json');
    const decided = await withTenant(deps.db, member.tenant.id, (tx) =>
      recordResidencyDecision(tx, member, householdId, residency),
    );
    return c.json(decided, 200);
  });
}
