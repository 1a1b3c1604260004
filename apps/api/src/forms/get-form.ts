import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { entityTag, ifNoneMatchHits } from '../tenants/etag.ts';
import { formProblems } from './errors.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { FORM_PATH } from './form-route-deps.ts';
import { formParamsSchema, publicFormSchema } from './form-schemas.ts';
import { currentFormVersion } from './form-store.ts';

/** A version never changes, but the current version does: a short shared-cache life, revalidated by ETag. */
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export function registerGetForm(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: FORM_PATH,
    tags: ['Forms'],
    summary: 'A form’s current definition',
    description:
      'The current version of an active form: what a widget renders and validates with the forms engine. ' +
      'Answers carry an ETag; send it back in If-None-Match to get 304.',
    request: { params: formParamsSchema },
    responses: {
      200: {
        description: 'The form',
        headers: z.object({ ETag: z.string() }),
        content: { 'application/json': { schema: publicFormSchema } },
      },
      304: { description: 'Not modified since the ETag sent in If-None-Match' },
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune, or no such active form in it (form_not_found)'),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const form = await withTenant(deps.db, tenant.id, (tx) =>
      currentFormVersion(tx, tenant.id, params.formKey),
    );
    if (!form) throw new ProblemError(formProblems.formNotFound);
    const body = JSON.stringify({
      key: form.key,
      version: form.version,
      access: form.access,
      definition: form.definition,
    } satisfies z.input<typeof publicFormSchema>);
    const etag = entityTag(body);
    setResponseHeader(c, 'ETag', etag);
    setResponseHeader(c, 'Cache-Control', CACHE_CONTROL);
    if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), etag)) return c.body(null, 304);
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
