import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { respondProblem } from '../problems/respond.ts';
import { tenantProblems } from './errors.ts';
import { ifNoneMatchHits } from './etag.ts';
import { publicTenantSchema } from './public-tenant-schema.ts';
import type { TenantDirectory } from './tenant-directory.ts';

export const tenantParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege', description: 'The commune’s slug' }),
});

const route = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenant}',
  tags: ['Communes'],
  summary: 'A commune’s public configuration',
  description:
    'Names, languages, theme tokens and the online services a commune offers: what widgets need to render. ' +
    'Answers carry an ETag; send it back in If-None-Match to get 304.',
  request: { params: tenantParamsSchema },
  responses: {
    200: {
      description: 'The commune’s public configuration',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: publicTenantSchema } },
    },
    304: { description: 'Not modified since the ETag sent in If-None-Match' },
    403: problemResponse('The calling website may not embed this commune'),
    404: problemResponse('No such commune'),
  },
});

/** Cached public configuration; a short shared-cache lifetime with revalidation by ETag. */
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export function registerGetTenant(app: OpenAPIHono<AppEnv>, directory: TenantDirectory): void {
  app.openapi(route, async (c) => {
    const { tenant: slug } = c.req.valid('param');
    const tenant = await directory.resolve(slug);
    if (!tenant) return respondProblem(c, tenantProblems.notFound, `No commune “${slug}” on this platform`);
    setResponseHeader(c, 'ETag', tenant.etag);
    setResponseHeader(c, 'Cache-Control', CACHE_CONTROL);
    if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), tenant.etag)) return c.body(null, 304);
    return c.body(tenant.body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
