import { withTenant } from '@communa/db';
import { toStagesYaml } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { readStagesConfigIn } from '../stages/export-stages.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { STAFF_STAGES_PATH, stageEditorProblemResponses } from './stage-editor-route-deps.ts';
import { requireAdminSource } from './stage-editor-store.ts';

export function registerGetStagesYaml(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${STAFF_STAGES_PATH}.yaml`,
    tags: ['Staff: stage editor'],
    summary: 'The commune’s stages as tenants/<slug>/stages.yaml (what tenants:export writes)',
    middleware: staffMiddleware(deps, 'stages:design'),
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'The YAML file, as a download',
        headers: z.object({ 'Content-Disposition': z.string() }),
        content: { 'application/yaml': { schema: z.string() } },
      },
      ...stageEditorProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const config = await withTenant(deps.db, tenantId, async (tx) => {
      const { timeZone } = await requireAdminSource(tx, tenantId);
      return readStagesConfigIn(tx, tenantId, timeZone);
    });
    const { name, languages } = member.tenant.publicConfig;
    const text = toStagesYaml(
      config ?? { places: [], stages: [] },
      name[languages.default] ?? member.tenant.slug,
    );
    return c.body(text, 200, {
      'content-type': 'application/yaml; charset=utf-8',
      'content-disposition': 'attachment; filename="stages.yaml"',
      'cache-control': 'no-store',
    });
  });
}
