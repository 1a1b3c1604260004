import { FORM_ACCESS } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { idempotencyHeadersSchema } from '../idempotency/request-fingerprint.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';

export const formParamsSchema = tenantParamsSchema.extend({
  formKey: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'formKey', in: 'path' },
      example: 'attestation-domicile',
      description: 'The form’s key',
    }),
});

const accessSchema = z.enum(FORM_ACCESS).openapi({
  description: 'signed-in: a citizen’s session is needed; anonymous: sent without an account; either: both',
});

const versionSchema = z
  .int()
  .min(1)
  .max(1_000_000)
  .openapi({ description: 'The version of the form filled in' });

const answersSchema = z
  .record(z.string().max(64), z.unknown())
  .openapi({ description: 'Answers keyed by field key, as the forms engine reads them (packages/forms)' });

export const formSummarySchema = z
  .object({ key: z.string(), version: z.int(), title: localizedTextSchema, access: accessSchema })
  .openapi('FormSummary');

export const formListSchema = z.object({ forms: z.array(formSummarySchema) }).openapi('FormList');

export const publicFormSchema = z
  .object({
    key: z.string(),
    version: z.int(),
    access: accessSchema,
    definition: z.record(z.string(), z.unknown()).openapi({
      description:
        'The forms engine’s FormDefinition (packages/forms) of the current version: pages, sections, fields, conditions, computed values',
    }),
  })
  .openapi('PublicForm');

export const submissionInputSchema = z
  .strictObject({
    version: versionSchema,
    answers: answersSchema,
    language: languageSchema.openapi({ description: 'The language the form was shown in' }),
  })
  .openapi('FormSubmissionRequest');

export const submissionAnswerSchema = z
  .object({
    reference: z.string().openapi({ example: 'LIE-2026-7KQ3M' }),
    status: z.string().openapi({ description: 'The workflow status key', example: 'submitted' }),
    statusLabel: localizedTextSchema,
    submittedAt: z.iso.datetime({ offset: true }),
    caseSecret: z.string().optional().openapi({
      description:
        'Sent anonymously only: with the reference (the case code), the only way to follow the case. Shown once, stored hashed.',
    }),
  })
  .openapi('FormSubmissionAnswer');

export const draftInputSchema = z
  .strictObject({
    version: versionSchema,
    answers: answersSchema,
    page: z.int().min(0).max(1000).openapi({ description: 'The page (0 first) to resume on' }),
  })
  .openapi('FormDraftRequest');

export const draftSchema = z
  .object({
    formKey: z.string(),
    version: z.int(),
    answers: answersSchema,
    page: z.int(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .openapi('FormDraft');

export const mySubmissionSchema = z
  .object({
    reference: z.string(),
    formKey: z.string(),
    formTitle: localizedTextSchema,
    status: z.string().openapi({ description: 'The last status visible to citizens' }),
    statusLabel: localizedTextSchema,
    submittedAt: z.iso.datetime({ offset: true }),
    staffComment: z.string().nullable().openapi({
      description:
        'What staff wrote to the citizen with the latest step (for example what to complete); internal comments never appear',
    }),
  })
  .openapi('MySubmission');

export const caseParamsSchema = tenantParamsSchema.extend({
  caseCode: z
    .string()
    .max(32)
    .openapi({
      param: { name: 'caseCode', in: 'path' },
      example: 'CHA-2026-7KQ3M',
      description: 'The case code (reference)',
    }),
});

export const caseHeadersSchema = z.object({
  'x-communa-case-secret': z
    .string()
    .max(128)
    .optional()
    .openapi({
      param: { name: 'x-communa-case-secret', in: 'header' },
      description: 'The secret given when the case was sent',
    }),
});

export const submissionHeadersSchema = idempotencyHeadersSchema.extend({
  'x-communa-proof': z
    .string()
    .max(100)
    .optional()
    .openapi({
      param: { name: 'x-communa-proof', in: 'header' },
      description:
        'Sending anonymously: `<now in ms>.<nonce>` such that sha256(`communa-form-proof:<tenant>:<formKey>:<ms>:<nonce>`) starts with 18 zero bits; each proof once, within 10 minutes',
    }),
});

export const mySubmissionsSchema = z
  .object({ submissions: z.array(mySubmissionSchema) })
  .openapi('MySubmissions');

export type SubmissionInput = z.output<typeof submissionInputSchema>;
export type DraftInput = z.output<typeof draftInputSchema>;
export type MySubmission = z.infer<typeof mySubmissionSchema>;
export type SubmissionAnswer = z.infer<typeof submissionAnswerSchema>;

export const uploadQuerySchema = z.object({
  field: z
    .string()
    .max(64)
    .optional()
    .openapi({
      param: { name: 'field', in: 'query' },
      example: 'photos',
      description: 'The key of the form’s file field the file is for (required)',
    }),
});

export const uploadHeadersSchema = z.object({
  'x-communa-file-name': z
    .string()
    .max(1024)
    .optional()
    .openapi({
      param: { name: 'x-communa-file-name', in: 'header' },
      description: 'The file’s name, percent-encoded (encodeURIComponent); `file` when absent',
    }),
  'x-communa-proof': submissionHeadersSchema.shape['x-communa-proof'],
});

export const uploadAnswerSchema = z
  .object({
    id: z.uuid().openapi({ description: 'Put it in the file answer’s `id` when sending the form' }),
    name: z.string(),
    type: z.string().openapi({ description: 'The type read from the content', example: 'image/jpeg' }),
    size: z.int().openapi({ description: 'Bytes stored (photos are re-encoded without metadata)' }),
  })
  .openapi('FormUpload');
