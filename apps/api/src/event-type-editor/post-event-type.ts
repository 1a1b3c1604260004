import { eventTypes, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { eventTypeEditorProblems } from './errors.ts';
import {
  EVENT_CONFIGURATION_TYPES_PATH,
  eventTypeEditorProblemResponses,
  invalidConfigurationResponse,
} from './event-type-editor-route-deps.ts';
import { newEventTypeInputSchema, savedEventConfigurationSchema } from './event-type-editor-schemas.ts';
import {
  lockedEventConfiguration,
  requireAdminSource,
  saveEventConfiguration,
} from './event-type-editor-store.ts';
import { typePath } from './type-path.ts';

export function registerPostEventType(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: EVENT_CONFIGURATION_TYPES_PATH,
    tags: ['Staff: event type editor'],
    summary:
      'Adds an event type after the others, offered to requesters at once (communes with source: admin)',
    middleware: staffMiddleware(deps, 'event-types:design'),
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: newEventTypeInputSchema } } },
    },
    responses: {
      201: {
        description: 'Created',
        content: { 'application/json': { schema: savedEventConfigurationSchema } },
      },
      ...eventTypeEditorProblemResponses,
      409: problemResponse(
        'A type with this key exists, even removed (event_type_exists), or the commune’s event types are managed as code (event_types_managed_as_code)',
      ),
      422: invalidConfigurationResponse,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const type = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await requireAdminSource(tx, member.tenant.id);
      const before = await lockedEventConfiguration(tx, member.tenant.id);
      // A removed type keeps its key: its past requests still name it.
      const [taken] = await tx
        .select({ key: eventTypes.key })
        .from(eventTypes)
        .where(and(eq(eventTypes.tenantId, member.tenant.id), eq(eventTypes.key, type.key)));
      if (taken) throw new ProblemError(eventTypeEditorProblems.typeExists);
      return saveEventConfiguration(tx, member, {
        before,
        after: { ...before, types: [...before.types, type] },
        action: 'events.type_created',
        target: type.key,
        scope: `types.${before.types.length}`,
        pathOf: typePath(before.types.length),
      });
    });
    return c.json(saved, 201);
  });
}
