import type { Transaction } from '@communa/db';
import { members } from '@communa/db';
import type { FormDefinition } from '@communa/forms';
import { localize } from '@communa/tenant-config';
import { and, eq } from 'drizzle-orm';
import type { JobQueue } from '../jobs/job-queue.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { paragraphBlocks, renderMail } from '../notifications/templates/layout.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { parseRoles } from '../staff/staff-roles.ts';
import { answerText, definitionFields } from './answer-text.ts';
import { formStaffProblems } from './errors.ts';
import type { SubmissionRow } from './submission-staff-store.ts';
import { senderEmail } from './submission-staff-store.ts';
import type { Transition } from './workflow-rules.ts';
import { fillPlaceholders } from './workflow-rules.ts';

/** The values a template may name: `{reference}`, `{form}`, `{comment}`, `{answers.<field>}`. */
export function placeholderValues(
  row: SubmissionRow,
  definition: FormDefinition,
  lang: StaffMember['tenant']['publicConfig']['languages']['default'],
  fallback: typeof lang,
  comment: string | undefined,
): Record<string, string> {
  const values: Record<string, string> = {
    reference: row.reference,
    form: localize(definition.title, lang, fallback),
    comment: comment ?? '',
  };
  for (const field of definitionFields(definition))
    values[`answers.${field.key}`] = answerText(field, row.answers[field.key], lang, fallback);
  return values;
}

/** Who an assign action gives the submission to: the named staff member if they hold the role, else the actor. */
export async function assigneeOf(
  tx: Transaction,
  member: StaffMember,
  action: Extract<Transition['actions'][number], { type: 'assign' }>,
  asked: string | undefined,
): Promise<string> {
  if (asked === undefined || asked === member.userId) return member.userId;
  const [row] = await tx
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, member.tenant.id), eq(members.userId, asked)))
    .limit(1);
  if (!row || !parseRoles(row.role).includes(action.role))
    throw new ProblemError(formStaffProblems.assigneeNotAgent);
  return asked;
}

/**
 * The email-citizen actions of a transition as mail jobs in its transaction, in the language the
 * form was filled in. An anonymous sender left no address: nothing to send.
 */
export async function enqueueCitizenMails(
  jobs: JobQueue,
  tx: Transaction,
  member: StaffMember,
  row: SubmissionRow,
  definition: FormDefinition,
  transition: Transition,
  eventId: string,
  comment: string | undefined,
): Promise<number> {
  const to = await senderEmail(tx, row.userId);
  if (to === undefined) return 0;
  const tenant = member.tenant;
  const lang = mailLanguage(tenant.publicConfig, row.language);
  const fallback = tenant.publicConfig.languages.default;
  const values = placeholderValues(row, definition, lang, fallback, comment);
  let sent = 0;
  for (const [index, action] of transition.actions.entries()) {
    if (action.type !== 'email-citizen') continue;
    await enqueueMail(jobs, tx, tenant.slug, {
      to,
      idempotencyKey: `form-transition/${eventId}/${index}`,
      content: renderMail(tenantMailBrand(tenant, lang), {
        subject: fillPlaceholders(localize(action.template.subject, lang, fallback), values),
        blocks: paragraphBlocks(fillPlaceholders(localize(action.template.body, lang, fallback), values)),
      }),
      tags: [{ name: 'kind', value: 'form-transition' }],
    });
    sent += 1;
  }
  return sent;
}
