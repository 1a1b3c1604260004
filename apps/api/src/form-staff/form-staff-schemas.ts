import { z } from '@hono/zod-openapi';
import { formParamsSchema } from '../forms/form-schemas.ts';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';

export const submissionParamsSchema = formParamsSchema.extend({
  submissionId: z.uuid().openapi({ param: { name: 'submissionId', in: 'path' } }),
});

export const documentParamsSchema = submissionParamsSchema.extend({
  fileName: z
    .string()
    .max(64)
    .openapi({ param: { name: 'fileName', in: 'path' }, example: 'autorisation-occupation' }),
});

export const inboxQuerySchema = z.object({
  status: z.string().max(48).optional().openapi({ description: 'Only submissions in this status' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'A reference, or text found in the answers' }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page' }),
});

export const exportQuerySchema = z.object({
  lang: languageSchema.optional().openapi({ description: 'The language of the column labels' }),
});

const statusSchema = z
  .object({
    key: z.string(),
    label: localizedTextSchema,
    color: z.string(),
    visibleToCitizen: z.boolean(),
    final: z.boolean(),
  })
  .openapi('FormWorkflowStatus');

const personSchema = z.object({ userId: z.uuid(), name: z.string(), email: z.string() }).nullable();

export const staffFormSchema = z
  .object({
    key: z.string(),
    version: z.int(),
    title: localizedTextSchema,
    statuses: z.array(statusSchema),
    counts: z.record(z.string(), z.int()).openapi({ description: 'Submissions per status key' }),
  })
  .openapi('StaffForm');

export const staffFormsSchema = z.object({ forms: z.array(staffFormSchema) }).openapi('StaffForms');

export const inboxEntrySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    submittedAt: z.iso.datetime({ offset: true }),
    status: z.string(),
    assignee: personSchema,
    summary: z.string().openapi({ description: 'The first answers, as text' }),
  })
  .openapi('FormInboxEntry');

export const inboxSchema = z
  .object({
    form: staffFormSchema,
    submissions: z.array(inboxEntrySchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('FormInbox');

const transitionChoiceSchema = z
  .object({
    to: z.string(),
    label: localizedTextSchema.nullable(),
    actions: z.array(z.string()),
    allowed: z.boolean().openapi({ description: 'Whether one of your roles may make it' }),
  })
  .openapi('FormTransitionChoice');

export const historyEventSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['status', 'comment']),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    comment: z.string().nullable(),
    visibility: z.enum(['internal', 'citizen']),
    actor: z.enum(['citizen', 'staff', 'system']),
    actorName: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .openapi('FormSubmissionEvent');

export const staffSubmissionSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    formKey: z.string(),
    version: z.int(),
    definition: z.record(z.string(), z.unknown()).openapi({
      description: 'The FormDefinition of the version this submission was filled with, to label its answers',
    }),
    statuses: z.array(statusSchema),
    answers: z.record(z.string(), z.unknown()),
    language: languageSchema,
    status: z.string(),
    assignee: personSchema,
    anonymous: z.boolean(),
    submittedAt: z.iso.datetime({ offset: true }),
    transitions: z.array(transitionChoiceSchema),
    history: z.array(historyEventSchema),
    documents: z.array(z.object({ fileName: z.string(), url: z.string() })),
  })
  .openapi('StaffFormSubmission');

export const transitionInputSchema = z
  .strictObject({
    to: z.string().max(48),
    comment: z.string().trim().min(1).max(4000).optional(),
    assignee: z.uuid().optional().openapi({ description: 'For an assign action: who (default: you)' }),
  })
  .openapi('FormTransitionRequest');

export const commentInputSchema = z
  .strictObject({ comment: z.string().trim().min(1).max(4000) })
  .openapi('FormCommentRequest');

export type InboxQuery = z.output<typeof inboxQuerySchema>;
export type StaffSubmission = z.infer<typeof staffSubmissionSchema>;
export type TransitionInput = z.output<typeof transitionInputSchema>;
export type HistoryEvent = z.infer<typeof historyEventSchema>;
