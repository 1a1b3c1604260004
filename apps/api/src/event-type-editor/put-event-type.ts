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
  invalidConfigurationResponse,
} from './event-type-editor-route-deps.ts';
import {
  eventTypeInputSchema,
  savedEventConfigurationSchema,
  typeParamsSchema,
} from './event-type-editor-schemas.ts';
import {
  lockedEventConfiguration,
  requireAdminSource,
  saveEventConfiguration,
} from './event-type-editor-store.ts';
import { typePath } from './type-path.ts';

export function registerPutEventType(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: EVENT_CONFIGURATION_TYPE_PATH,
    tags: ['Staff: event type editor'],
    summary:
      'Saves an event type as tenants:apply would from event-types.yaml; an unchanged one writes nothing (communes with source: admin)',
    middleware: staffMiddleware(deps, 'event-types:design'),
    request: {
      params: typeParamsSchema,
      body: { required: true, content: { 'application/json': { schema: eventTypeInputSchema } } },
    },
    responses: {
      200: {
        description: 'Saved',
        content: { 'application/json': { schema: savedEventConfigurationSchema } },
      },
      ...eventTypeEditorProblemResponses,
      404: problemResponse(
        'No such commune among yours (tenant_not_found) or event type (event_type_not_found)',
      ),
      422: invalidConfigurationResponse,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { typeKey } = c.req.valid('param');
    const type = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const before = await lockedEventConfiguration(tx, member.tenant.id);
      const index = before.types.findIndex((existing) => existing.key === typeKey);
      if (index < 0) throw new ProblemError(eventTypeEditorProblems.typeNotFound);
      // The type first: another commune's key is 404 whatever this commune's source.
      await requireAdminSource(tx, member.tenant.id);
      return saveEventConfiguration(tx, member, {
        before,
        after: {
          ...before,
          types: before.types.map((existing, at) => (at === index ? { ...type, key: typeKey } : existing)),
        },
        action: 'events.type_saved',
        target: typeKey,
        scope: `types.${index}`,
        pathOf: typePath(index),
      });
    });
    return c.json(saved, 200);
  });
}
