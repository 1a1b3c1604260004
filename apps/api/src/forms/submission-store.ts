import type { Transaction } from '@communa/db';
import { formDefinitions, formDrafts, formSubmissionEvents, formSubmissions } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { enrolmentReference } from '../stages/enrolment-reference.ts';
import { type FormVersion, readVersion } from './form-store.ts';

export interface NewSubmission {
  tenantId: string;
  tenantSlug: string;
  /** The signed-in sender, or how an anonymous sender follows the case: never both. */
  sender: { userId: string } | { caseSecretHash: string };
  form: FormVersion;
  answers: Record<string, unknown>;
  computed: Record<string, number>;
  language: Language;
  /** The calendar day in Brussels: its year goes in the reference. */
  today: string;
}

/** A few tries are plenty: 32⁵ references per commune and year. */
const REFERENCE_TRIES = 5;

/**
 * Writes a submission in its form's first status, with that status as the first event of its
 * history, and removes a signed-in citizen's draft of the form. References are random (the same shape as
 * enrolments': `LIE-2026-7KQ3M`), drawn again on the rare collision.
 */
export async function insertSubmission(tx: Transaction, input: NewSubmission) {
  const [first] = input.form.workflow.statuses;
  if (!first) throw new Error('a workflow without statuses');
  for (let attempt = 0; attempt < REFERENCE_TRIES; attempt += 1) {
    const [row] = await tx
      .insert(formSubmissions)
      .values({
        tenantId: input.tenantId,
        formKey: input.form.key,
        version: input.form.version,
        reference: enrolmentReference(input.tenantSlug, input.today),
        userId: 'userId' in input.sender ? input.sender.userId : null,
        caseSecretHash: 'caseSecretHash' in input.sender ? input.sender.caseSecretHash : null,
        answers: input.answers,
        computed: input.computed,
        status: first.key,
        language: input.language,
      })
      .onConflictDoNothing({ target: [formSubmissions.tenantId, formSubmissions.reference] })
      .returning({
        id: formSubmissions.id,
        reference: formSubmissions.reference,
        submittedAt: formSubmissions.submittedAt,
      });
    if (!row) continue;
    await tx.insert(formSubmissionEvents).values({
      tenantId: input.tenantId,
      submissionId: row.id,
      kind: 'status',
      toStatus: first.key,
      actor: 'citizen',
      actorUserId: 'userId' in input.sender ? input.sender.userId : null,
    });
    if ('userId' in input.sender)
      await tx
        .delete(formDrafts)
        .where(
          and(
            eq(formDrafts.tenantId, input.tenantId),
            eq(formDrafts.userId, input.sender.userId),
            eq(formDrafts.formKey, input.form.key),
          ),
        );
    return { ...row, status: first };
  }
  throw new Error('no free submission reference after several tries');
}

/**
 * Submissions in one commune, newest first, each with its version and status history: a citizen's
 * own, or the one anonymous case with this reference and secret hash.
 */
export async function listSubmissions(
  tx: Transaction,
  tenantId: string,
  of: { userId: string } | { reference: string; caseSecretHash: string },
) {
  const rows = await tx
    .select({
      id: formSubmissions.id,
      reference: formSubmissions.reference,
      submittedAt: formSubmissions.submittedAt,
      key: formDefinitions.formKey,
      version: formDefinitions.version,
      access: formDefinitions.access,
      definition: formDefinitions.definition,
      workflow: formDefinitions.workflow,
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
    .where(
      and(
        eq(formSubmissions.tenantId, tenantId),
        'userId' in of
          ? eq(formSubmissions.userId, of.userId)
          : and(
              eq(formSubmissions.reference, of.reference),
              eq(formSubmissions.caseSecretHash, of.caseSecretHash),
            ),
      ),
    )
    .orderBy(desc(formSubmissions.submittedAt), desc(formSubmissions.reference));
  const ids = rows.map((row) => row.id);
  const events =
    ids.length === 0
      ? []
      : await tx
          .select({
            submissionId: formSubmissionEvents.submissionId,
            toStatus: formSubmissionEvents.toStatus,
            comment: formSubmissionEvents.comment,
            visibility: formSubmissionEvents.visibility,
          })
          .from(formSubmissionEvents)
          .where(
            and(
              eq(formSubmissionEvents.tenantId, tenantId),
              eq(formSubmissionEvents.kind, 'status'),
              inArray(formSubmissionEvents.submissionId, ids),
            ),
          )
          .orderBy(asc(formSubmissionEvents.createdAt), asc(formSubmissionEvents.id));
  return rows.map((row) => {
    const own = events.filter((event) => event.submissionId === row.id);
    const last = own.at(-1);
    return {
      reference: row.reference,
      submittedAt: row.submittedAt,
      form: readVersion(row),
      history: own.flatMap((event) => (event.toStatus !== null ? [event.toStatus] : [])),
      // What staff addressed to the citizen with the latest step (what to complete, for example).
      staffComment: last?.visibility === 'citizen' ? last.comment : null,
    };
  });
}
