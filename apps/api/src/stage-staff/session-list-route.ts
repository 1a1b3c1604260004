import type { Database } from '@communa/db';
import { withTenant } from '@communa/db';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { StaffEnv } from '../staff/require-staff.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { isLanguage } from './list-labels.ts';
import type { SessionList } from './session-list.ts';
import { readSessionList } from './session-list.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { listQuerySchema, sessionParamsSchema } from './stage-staff-schemas.ts';

export const LIST_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', what: 'CSV' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    what: 'an XLSX workbook',
  },
  pdf: { contentType: 'application/pdf', what: 'a printable PDF with an attendance grid per day' },
} as const;

export type ListFormat = keyof typeof LIST_FORMATS;

/** The route of one list format: `…/stage-sessions/{sessionId}/list.<format>`. */
export function listRoute(deps: StaffRouteDeps, format: ListFormat) {
  const { contentType, what } = LIST_FORMATS[format];
  return createRoute({
    method: 'get',
    path: `${SESSION_PATH}/list.${format}`,
    tags: ['Staff: stages'],
    summary: `A session’s list of children as ${what} (each download is audited)`,
    middleware: staffMiddleware(deps, 'stage-sessions:read'),
    request: { params: sessionParamsSchema, query: listQuerySchema },
    responses: {
      200: {
        description: 'The list, as a download',
        headers: z.object({ 'Content-Disposition': z.string() }),
        content: {
          [contentType.split(';')[0] ?? contentType]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...sessionProblemResponses,
    },
  });
}

/** Reads the list, renders it and answers it as a file named after the commune, stage and session. */
export async function answerList(
  c: Context<StaffEnv>,
  db: Database,
  format: ListFormat,
  render: (list: SessionList) => string | Uint8Array | Promise<string | Uint8Array>,
) {
  const member = c.var.member;
  const sessionId = c.req.param('sessionId') ?? '';
  // Validated by the route's query schema; the back-office asks in its interface language.
  const asked = c.req.query('lang');
  const language = isLanguage(asked) ? asked : member.language;
  const list = await withTenant(db, member.tenant.id, (tx) =>
    readSessionList(tx, member, sessionId, format, language),
  );
  const body = await render(list);
  return c.body(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>), 200, {
    'content-type': LIST_FORMATS[format].contentType,
    'content-disposition': `attachment; filename="${list.fileName}.${format}"`,
    'cache-control': 'no-store',
  });
}
