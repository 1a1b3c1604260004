import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { FormInbox, FormSubmissionEvent, StaffForms } from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';

const submission = (tenant: string, formKey: string, submissionId: string) => ({
  params: { path: { tenant, formKey, submissionId } },
});

export function listForms(tenant: string): Promise<ApiResult<StaffForms>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/forms', { params: { path: { tenant } } }));
}

export interface InboxFilter {
  status?: string;
  q?: string;
  cursor?: string;
}

export function readInbox(
  tenant: string,
  formKey: string,
  filter: InboxFilter,
): Promise<ApiResult<FormInbox>> {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/forms/{formKey}/submissions', {
      params: { path: { tenant, formKey }, query: filter },
    }),
  );
}

// The answer's type is left to openapi-fetch: the generated schema spells a nullable label as an
// intersection no value satisfies.
export function readSubmission(tenant: string, formKey: string, submissionId: string) {
  return settle(
    api.GET(
      '/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}',
      submission(tenant, formKey, submissionId),
    ),
  );
}

export function moveSubmission(
  tenant: string,
  formKey: string,
  submissionId: string,
  body: { to: string; comment?: string },
): Promise<ApiResult<FormSubmissionEvent>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/transitions', {
      ...submission(tenant, formKey, submissionId),
      body,
    }),
  );
}

export function addComment(
  tenant: string,
  formKey: string,
  submissionId: string,
  comment: string,
): Promise<ApiResult<FormSubmissionEvent>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/comments', {
      ...submission(tenant, formKey, submissionId),
      body: { comment },
    }),
  );
}

export type StaffFormSubmission = Extract<Awaited<ReturnType<typeof readSubmission>>, { ok: true }>['data'];

/** Where the browser downloads the submissions (same origin: the session cookie goes with it). */
export const exportUrl = (tenant: string, formKey: string, format: 'csv' | 'xlsx', language: Language) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/forms/${encodeURIComponent(formKey)}/submissions.${format}?lang=${language}`;

const formPath = (tenant: string, formKey: string) => ({ params: { path: { tenant, formKey } } });

/** A form's current definition to edit it (communes whose back-office is the truth). */
export function readDefinition(tenant: string, formKey: string) {
  return settle(api.GET('/v1/admin/tenants/{tenant}/forms/{formKey}/definition', formPath(tenant, formKey)));
}

export type EditableForm = Extract<Awaited<ReturnType<typeof readDefinition>>, { ok: true }>['data'];

export type FormContent = { access: EditableForm['access']; definition: Record<string, unknown> };

export function saveDefinition(tenant: string, formKey: string, body: FormContent) {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/forms/{formKey}/definition', { ...formPath(tenant, formKey), body }),
  );
}

export function createForm(tenant: string, body: FormContent & { key: string }) {
  return settle(api.POST('/v1/admin/tenants/{tenant}/forms', { params: { path: { tenant } }, body }));
}

/** Where the browser downloads the form's current version as its YAML file. */
export const yamlUrl = (tenant: string, formKey: string) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/forms/${encodeURIComponent(formKey)}/definition.yaml`;
