import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { eventTypeEditorProblems } from './errors.ts';
import {
  EVENT_CONFIGURATION_TYPE_PATH,
  eventTypeEditorProblemResponses,
} from './event-type-editor-route-deps.ts';
import { savedEventConfigurationSchema, typeParamsSchema } from './event-type-editor-schemas.ts';
import {
  keysInUse,
  lockedEventConfiguration,
  requireAdminSource,
  saveEventConfiguration,
} from './event-type-editor-store.ts';

export function registerDeleteEventType(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: EVENT_CONFIGURATION_TYPE_PATH,
    tags: ['Staff: event type editor'],
    summary:
      'Removes an event type as tenants:apply does (deactivated: past requests keep it), unless open requests are of that type',
    middleware: staffMiddleware(deps, 'event-types:design'),
    request: { params: typeParamsSchema },
    responses: {
      200: {
        description: 'Removed',
        content: { 'application/json': { schema: savedEventConfigurationSchema } },
      },
      ...eventTypeEditorProblemResponses,
      404: problemResponse(
        'No such commune among yours (tenant_not_found) or event type (event_type_not_found)',
      ),
      409: problemResponse(
        'Open requests (drafts, not yet decided, or approved and not yet over) are of this type (event_type_in_use), or the commune’s event types are managed as code (event_types_managed_as_code)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { typeKey } = c.req.valid('param');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const before = await lockedEventConfiguration(tx, member.tenant.id);
      if (!before.types.some((type) => type.key === typeKey))
        throw new ProblemError(eventTypeEditorProblems.typeNotFound);
      // The type first: another commune's key is 404 whatever this commune's source.
      await requireAdminSource(tx, member.tenant.id);
      if ((await keysInUse(tx, member.tenant.id, 'type', [typeKey])).length > 0)
        throw new ProblemError(eventTypeEditorProblems.typeInUse);
      return saveEventConfiguration(tx, member, {
        before,
        after: { ...before, types: before.types.filter((type) => type.key !== typeKey) },
        action: 'events.type_removed',
        target: typeKey,
      });
    });
    return c.json(saved, 200);
  });
}
