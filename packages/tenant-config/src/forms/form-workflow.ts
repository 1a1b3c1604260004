import * as z from 'zod';
import { type LocalizedText, localizedTextSchema } from '../schema/localized-text.ts';

/**
 * The staff roles a transition may name. The API's staff roles are the source of truth; a test in
 * apps/api keeps this list equal to them (tenant-config cannot import the API).
 */
export const WORKFLOW_ROLES = [
  'admin',
  'stage-manager',
  'animator',
  'event-reviewer',
  'event-decider',
  'service-advisor',
  'form-agent',
] as const;

const keySchema = z
  .string({ error: 'must be a key' })
  .regex(/^[a-z][a-z0-9-]{0,47}$/, { error: 'must be a key: lower-case letters, digits and - (at most 48)' });

const colourSchema = z
  .string({ error: 'must be a colour' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #1e6b37' });

const textSchema = localizedTextSchema.refine((text) => Object.keys(text).length > 0, {
  error: 'must have a text in at least one language',
  when: (payload) => payload.issues.length === 0,
});

const statusSchema = z.strictObject({
  key: keySchema,
  label: textSchema,
  color: colourSchema,
  /** A status citizens do not see shows as the last visible one they passed. */
  visibleToCitizen: z.boolean({ error: 'must be true or false' }).default(true),
  final: z.boolean({ error: 'must be true or false' }).default(false),
});

const mailTemplateSchema = z.strictObject({ subject: textSchema, body: textSchema });

/** What a transition does besides changing the status; carried out by the staff side. */
const actionSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('email-citizen'),
      /** Per language; `{reference}`, `{form}` and `{comment}` are replaced when sent. */
      template: mailTemplateSchema,
    }),
    /** The form reopens for the citizen with the staff's comment. */
    z.strictObject({ type: z.literal('request-completion') }),
    z.strictObject({
      type: z.literal('assign'),
      role: z
        .enum(WORKFLOW_ROLES, { error: `must be one of ${WORKFLOW_ROLES.join(', ')}` })
        .default('form-agent'),
    }),
    z.strictObject({
      type: z.literal('generate-pdf'),
      /** The document's text per language, with `{reference}`, `{form}` and `{answers.<field>}` placeholders. */
      template: textSchema,
      fileName: z.string({ error: 'must be a file name' }).regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
        error: 'must be a file name: lower-case letters, digits and -',
      }),
    }),
  ],
  {
    error: () => 'must be an action whose type is email-citizen, request-completion, assign or generate-pdf',
  },
);

const transitionSchema = z.strictObject({
  from: z.union([keySchema, z.array(keySchema).min(1, { error: 'must list at least one status' })]),
  to: keySchema,
  label: textSchema.optional(),
  roles: z
    .array(z.enum(WORKFLOW_ROLES, { error: `must be one of ${WORKFLOW_ROLES.join(', ')}` }))
    .min(1, { error: 'must list at least one role' }),
  actions: z.array(actionSchema).default([]),
});

/** A form's workflow: its statuses (the first is where a submission starts) and who may move it on. */
export const formWorkflowSchema = z
  .strictObject({
    statuses: z.array(statusSchema).min(2, { error: 'must list at least two statuses' }),
    transitions: z.array(transitionSchema).min(1, { error: 'must list at least one transition' }),
  })
  .superRefine((workflow, context) => {
    const keys = new Set<string>();
    workflow.statuses.forEach((status, index) => {
      if (keys.has(status.key))
        context.addIssue({ code: 'custom', path: ['statuses', index, 'key'], message: 'is used twice' });
      keys.add(status.key);
    });
    if (workflow.statuses[0]?.visibleToCitizen === false)
      context.addIssue({
        code: 'custom',
        path: ['statuses', 0, 'visibleToCitizen'],
        message: 'the first status (where a submission starts) must be visible to the citizen',
      });
    if (!workflow.statuses.some((status) => status.final))
      context.addIssue({
        code: 'custom',
        path: ['statuses'],
        message: 'must have at least one final status',
      });
    workflow.transitions.forEach((transition, index) => {
      const froms = typeof transition.from === 'string' ? [transition.from] : transition.from;
      froms.forEach((from, fromIndex) => {
        if (!keys.has(from))
          context.addIssue({
            code: 'custom',
            path: ['transitions', index, 'from', ...(typeof transition.from === 'string' ? [] : [fromIndex])],
            message: `no status "${from}"`,
          });
      });
      if (!keys.has(transition.to))
        context.addIssue({
          code: 'custom',
          path: ['transitions', index, 'to'],
          message: `no status "${transition.to}"`,
        });
    });
  });

export type FormWorkflow = z.output<typeof formWorkflowSchema>;
export type FormWorkflowInput = z.input<typeof formWorkflowSchema>;
export type FormStatus = FormWorkflow['statuses'][number];

const text = (fr: string, nl: string, de: string, en: string): LocalizedText => ({ fr, nl, de, en });

/** The workflow of a form that declares none: submitted → in progress → completed or rejected. */
export const DEFAULT_FORM_WORKFLOW: FormWorkflow = formWorkflowSchema.parse({
  statuses: [
    { key: 'submitted', label: text('Envoyée', 'Verzonden', 'Eingereicht', 'Submitted'), color: '#1d4ed8' },
    {
      key: 'in-progress',
      label: text('En traitement', 'In behandeling', 'In Bearbeitung', 'In progress'),
      color: '#b45309',
    },
    {
      key: 'completed',
      label: text('Traitée', 'Afgehandeld', 'Erledigt', 'Completed'),
      color: '#15803d',
      final: true,
    },
    {
      key: 'rejected',
      label: text('Refusée', 'Geweigerd', 'Abgelehnt', 'Rejected'),
      color: '#b91c1c',
      final: true,
    },
  ],
  transitions: [
    { from: 'submitted', to: 'in-progress', roles: ['form-agent', 'admin'], actions: [{ type: 'assign' }] },
    { from: ['submitted', 'in-progress'], to: 'rejected', roles: ['form-agent', 'admin'] },
    { from: 'in-progress', to: 'completed', roles: ['form-agent', 'admin'] },
  ],
} satisfies FormWorkflowInput);

/** Every text of a workflow with its path, for translation warnings. */
export const workflowTexts = (
  workflow: FormWorkflow,
): { path: (string | number)[]; text: LocalizedText }[] => [
  ...workflow.statuses.map((status, index) => ({ path: ['statuses', index, 'label'], text: status.label })),
  ...workflow.transitions.flatMap((transition, index) => [
    ...(transition.label ? [{ path: ['transitions', index, 'label'], text: transition.label }] : []),
    ...transition.actions.flatMap((action, actionIndex) => {
      const at = ['transitions', index, 'actions', actionIndex];
      if (action.type === 'email-citizen')
        return [
          { path: [...at, 'template', 'subject'], text: action.template.subject },
          { path: [...at, 'template', 'body'], text: action.template.body },
        ];
      if (action.type === 'generate-pdf') return [{ path: [...at, 'template'], text: action.template }];
      return [];
    }),
  ]),
];
