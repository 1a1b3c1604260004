import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { formParamsSchema } from '../forms/form-schemas.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { formStaffProblemResponses, STAFF_FORMS_PATH, staffLanguage } from './form-staff-route-deps.ts';
import { exportQuerySchema } from './form-staff-schemas.ts';
import { staffForm } from './staff-form.ts';
import { allSubmissions } from './submission-staff-store.ts';
import { exportCsv, exportTable, exportXlsx } from './submissions-export.ts';

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', what: 'CSV' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    what: 'an XLSX workbook',
  },
} as const;

function registerExport(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps, format: keyof typeof FORMATS) {
  const { contentType, what } = FORMATS[format];
  const route = createRoute({
    method: 'get',
    path: `${STAFF_FORMS_PATH}/{formKey}/submissions.${format}`,
    tags: ['Staff: forms'],
    summary: `Every submission of a form as ${what}, one column per field of the current version (each download is audited)`,
    middleware: staffMiddleware(deps, 'forms:handle'),
    request: { params: formParamsSchema, query: exportQuerySchema },
    responses: {
      200: {
        description: 'The submissions, as a download',
        headers: z.object({ 'Content-Disposition': z.string() }),
        content: {
          [contentType.split(';')[0] ?? contentType]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...formStaffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey } = c.req.valid('param');
    const { lang: asked } = c.req.valid('query');
    const lang = asked ?? staffLanguage(member);
    const table = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const form = await staffForm(tx, member.tenant.id, formKey);
      const rows = await allSubmissions(tx, member.tenant.id, formKey);
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'forms.submissions_exported',
        targetType: 'form',
        targetId: formKey,
        ip: member.ip,
        detail: { format, count: rows.length },
      });
      return exportTable(form, rows, lang, member.tenant.publicConfig.languages.default);
    });
    const body = format === 'csv' ? exportCsv(table) : await exportXlsx(table, formKey);
    return c.body(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>), 200, {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${member.tenant.slug}-${formKey}.${format}"`,
      'cache-control': 'no-store',
    });
  });
}

export function registerGetSubmissionsExports(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  registerExport(app, deps, 'csv');
  registerExport(app, deps, 'xlsx');
}
