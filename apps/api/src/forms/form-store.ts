import type { Transaction } from '@communa/db';
import { eventTypes, formDefinitions, forms, stages } from '@communa/db';
import type { FormDefinition } from '@communa/forms';
import { parseFormDefinition } from '@communa/forms';
import type { FormAccess, FormWorkflow } from '@communa/tenant-config';
import { formWorkflowSchema } from '@communa/tenant-config';
import type { SQL } from 'drizzle-orm';
import { and, asc, eq, notExists } from 'drizzle-orm';

/** One version of a form as tenants:apply stored it, read back through the schemas that checked it. */
export interface FormVersion {
  key: string;
  version: number;
  access: FormAccess;
  definition: FormDefinition;
  workflow: FormWorkflow;
}

/**
 * A form an active event type or stage uses is part of its event request or enrolment, not a
 * procedure of its own: it is neither listed nor sent alone (the request or enrolment carries its answers).
 */
const standalone = (tx: Transaction) =>
  and(
    notExists(
      tx
        .select({ key: eventTypes.key })
        .from(eventTypes)
        .where(
          and(
            eq(eventTypes.tenantId, forms.tenantId),
            eq(eventTypes.formKey, forms.key),
            eq(eventTypes.active, true),
          ),
        ),
    ),
    notExists(
      tx
        .select({ key: stages.key })
        .from(stages)
        .where(
          and(
            eq(stages.tenantId, forms.tenantId),
            eq(stages.questionsFormKey, forms.key),
            eq(stages.active, true),
          ),
        ),
    ),
  );

/** The commune's procedures (active forms no event type or stage uses) at their current version, in key order. */
export function activeForms(tx: Transaction, tenantId: string): Promise<FormVersion[]> {
  return currentVersions(tx, tenantId, standalone(tx));
}

/** Every active form of the commune (procedures, event and stage forms) at its current version, in key order. */
export function everyActiveForm(tx: Transaction, tenantId: string): Promise<FormVersion[]> {
  return currentVersions(tx, tenantId);
}

async function currentVersions(tx: Transaction, tenantId: string, filter?: SQL): Promise<FormVersion[]> {
  const rows = await tx
    .select({
      key: forms.key,
      version: formDefinitions.version,
      access: formDefinitions.access,
      definition: formDefinitions.definition,
      workflow: formDefinitions.workflow,
    })
    .from(forms)
    .innerJoin(
      formDefinitions,
      and(
        eq(formDefinitions.tenantId, forms.tenantId),
        eq(formDefinitions.formKey, forms.key),
        eq(formDefinitions.version, forms.currentVersion),
      ),
    )
    // The tenant is named as well as bound: the owner role (tenants:export) may bypass RLS.
    .where(and(eq(forms.tenantId, tenantId), eq(forms.active, true), filter))
    .orderBy(asc(forms.key));
  return rows.map(readVersion);
}

/** An active form's current version, or undefined for a form the commune does not (or no longer) offer. */
export async function currentFormVersion(
  tx: Transaction,
  tenantId: string,
  key: string,
): Promise<FormVersion | undefined> {
  const [form] = await tx
    .select({ version: forms.currentVersion })
    .from(forms)
    .where(and(eq(forms.tenantId, tenantId), eq(forms.key, key), eq(forms.active, true)))
    .limit(1);
  return form ? formVersion(tx, tenantId, key, form.version) : undefined;
}

/**
 * One version of a procedure, to be sent or drafted alone; undefined when the commune does not offer
 * it as a procedure (unknown, inactive, or part of an event request or a stage's enrolment) or it has no such version.
 */
export async function activeFormVersion(
  tx: Transaction,
  tenantId: string,
  key: string,
  version: number,
): Promise<{ form: 'missing' } | { form: 'found'; version: FormVersion | undefined }> {
  const [form] = await tx
    .select({ id: forms.id })
    .from(forms)
    .where(and(eq(forms.tenantId, tenantId), eq(forms.key, key), eq(forms.active, true), standalone(tx)))
    .limit(1);
  if (!form) return { form: 'missing' };
  return { form: 'found', version: await formVersion(tx, tenantId, key, version) };
}

async function formVersion(
  tx: Transaction,
  tenantId: string,
  key: string,
  version: number,
): Promise<FormVersion | undefined> {
  const [row] = await tx
    .select({
      key: formDefinitions.formKey,
      version: formDefinitions.version,
      access: formDefinitions.access,
      definition: formDefinitions.definition,
      workflow: formDefinitions.workflow,
    })
    .from(formDefinitions)
    .where(
      and(
        eq(formDefinitions.tenantId, tenantId),
        eq(formDefinitions.formKey, key),
        eq(formDefinitions.version, version),
      ),
    )
    .limit(1);
  return row ? readVersion(row) : undefined;
}

/** tenants:apply wrote only definitions that parsed; one that does not any more is a bug, not bad input. */
export function readVersion(row: {
  key: string;
  version: number;
  access: FormAccess;
  definition: Record<string, unknown>;
  workflow: Record<string, unknown>;
}): FormVersion {
  const parsed = parseFormDefinition(row.definition);
  if (!parsed.ok) throw new Error(`stored form ${row.key} v${row.version} does not parse`);
  return {
    key: row.key,
    version: row.version,
    access: row.access,
    definition: parsed.definition,
    workflow: formWorkflowSchema.parse(row.workflow),
  };
}
