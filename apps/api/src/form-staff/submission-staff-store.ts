import type { Transaction } from '@communa/db';
import { formDefinitions, formSubmissionEvents, formSubmissions, users } from '@communa/db';
import { and, asc, count, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ProblemError } from '../problems/problem.ts';
import { formStaffProblems } from './errors.ts';

export const INBOX_PAGE_SIZE = 50;

const assignees = alias(users, 'assignees');

const submissionColumns = {
  id: formSubmissions.id,
  reference: formSubmissions.reference,
  formKey: formSubmissions.formKey,
  version: formSubmissions.version,
  userId: formSubmissions.userId,
  answers: formSubmissions.answers,
  status: formSubmissions.status,
  language: formSubmissions.language,
  submittedAt: formSubmissions.submittedAt,
  assigneeUserId: formSubmissions.assigneeUserId,
  assigneeName: assignees.name,
  assigneeEmail: assignees.email,
};

/** Submissions per status of each of the commune's forms. */
export async function statusCounts(tx: Transaction, tenantId: string, formKey?: string) {
  return tx
    .select({ formKey: formSubmissions.formKey, status: formSubmissions.status, n: count() })
    .from(formSubmissions)
    .where(
      and(
        eq(formSubmissions.tenantId, tenantId),
        formKey === undefined ? undefined : eq(formSubmissions.formKey, formKey),
      ),
    )
    .groupBy(formSubmissions.formKey, formSubmissions.status);
}

interface Cursor {
  at: Date;
  id: string;
}

export const encodeCursor = (cursor: Cursor) =>
  Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString('base64url');

function decodeCursor(text: string): Cursor {
  const [at, id] = Buffer.from(text, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(date.getTime()))
    throw new ProblemError(formStaffProblems.invalidCursor);
  return { at: date, id };
}

/** One page of a form's inbox, newest first; `q` matches the reference or any answer's text. */
export async function inboxPage(
  tx: Transaction,
  tenantId: string,
  formKey: string,
  query: { status?: string | undefined; q?: string | undefined; cursor?: string | undefined },
) {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const pattern = query.q === undefined ? undefined : `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const rows = await tx
    .select(submissionColumns)
    .from(formSubmissions)
    .leftJoin(assignees, eq(assignees.id, formSubmissions.assigneeUserId))
    .where(
      and(
        eq(formSubmissions.tenantId, tenantId),
        eq(formSubmissions.formKey, formKey),
        query.status === undefined ? undefined : eq(formSubmissions.status, query.status),
        pattern === undefined
          ? undefined
          : or(
              ilike(formSubmissions.reference, pattern),
              // The answers' values only, not their keys: a search for "name" finds people, not the field.
              sql`exists (select 1 from jsonb_path_query(${formSubmissions.answers}, 'strict $.**') as v(value)
                   where jsonb_typeof(v.value) in ('string', 'number') and (v.value #>> '{}') ilike ${pattern})`,
            ),
        cursor === undefined
          ? undefined
          : or(
              lt(formSubmissions.submittedAt, cursor.at),
              and(eq(formSubmissions.submittedAt, cursor.at), lt(formSubmissions.id, cursor.id)),
            ),
      ),
    )
    .orderBy(desc(formSubmissions.submittedAt), desc(formSubmissions.id))
    .limit(INBOX_PAGE_SIZE + 1);
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > INBOX_PAGE_SIZE && last ? encodeCursor({ at: last.submittedAt, id: last.id }) : null,
  };
}

/** Every submission of a form, oldest first, for an export. */
export function allSubmissions(tx: Transaction, tenantId: string, formKey: string) {
  return tx
    .select(submissionColumns)
    .from(formSubmissions)
    .leftJoin(assignees, eq(assignees.id, formSubmissions.assigneeUserId))
    .where(and(eq(formSubmissions.tenantId, tenantId), eq(formSubmissions.formKey, formKey)))
    .orderBy(asc(formSubmissions.submittedAt), asc(formSubmissions.id));
}

/** One submission of a form with the definition and workflow of its version, locked when `forUpdate`. */
export async function findSubmission(
  tx: Transaction,
  tenantId: string,
  formKey: string,
  submissionId: string,
  forUpdate = false,
) {
  const base = tx
    .select({
      ...submissionColumns,
      definition: formDefinitions.definition,
      workflow: formDefinitions.workflow,
      access: formDefinitions.access,
    })
    .from(formSubmissions)
    .innerJoin(
      formDefinitions,
      and(
        eq(formDefinitions.tenantId, formSubmissions.tenantId),
        eq(formDefinitions.formKey, formSubmissions.formKey),
        eq(formDefinitions.version, formSubmissions.version),
      ),
    )
    .leftJoin(assignees, eq(assignees.id, formSubmissions.assigneeUserId))
    .where(
      and(
        eq(formSubmissions.tenantId, tenantId),
        eq(formSubmissions.formKey, formKey),
        eq(formSubmissions.id, submissionId),
      ),
    )
    .limit(1);
  const [row] = forUpdate ? await base.for('update', { of: formSubmissions }) : await base;
  if (!row) throw new ProblemError(formStaffProblems.submissionNotFound);
  return row;
}

export type SubmissionRow = Awaited<ReturnType<typeof findSubmission>>;

/** A submission's history, oldest first, with the names of the staff who acted. */
export function submissionHistory(tx: Transaction, tenantId: string, submissionId: string) {
  return tx
    .select({
      id: formSubmissionEvents.id,
      kind: formSubmissionEvents.kind,
      fromStatus: formSubmissionEvents.fromStatus,
      toStatus: formSubmissionEvents.toStatus,
      comment: formSubmissionEvents.comment,
      visibility: formSubmissionEvents.visibility,
      actor: formSubmissionEvents.actor,
      actorName: users.name,
      createdAt: formSubmissionEvents.createdAt,
    })
    .from(formSubmissionEvents)
    .leftJoin(users, eq(users.id, formSubmissionEvents.actorUserId))
    .where(
      and(eq(formSubmissionEvents.tenantId, tenantId), eq(formSubmissionEvents.submissionId, submissionId)),
    )
    .orderBy(asc(formSubmissionEvents.createdAt), asc(formSubmissionEvents.id));
}

/** The e-mail of a signed-in sender, for workflow mails; none for an anonymous or erased sender. */
export async function senderEmail(tx: Transaction, userId: string | null) {
  if (userId === null) return undefined;
  const [row] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.email;
}
