import { ANSWER_ERROR_CODES, type AnswerError } from '@communa/forms';
import type { components } from '../api/schema.d.ts';
import type { ApiClient } from '../core/api-client.ts';
import { createApiClient } from '../core/api-client.ts';

export type PublishedForm = components['schemas']['PublicForm'];
export type FormAccess = PublishedForm['access'];
export type FormDraft = components['schemas']['FormDraft'];
export type DraftRequest = components['schemas']['FormDraftRequest'];
export type SubmissionRequest = components['schemas']['FormSubmissionRequest'];
export type SubmissionReceipt = components['schemas']['FormSubmissionAnswer'];
type Problem = components['schemas']['Problem'];

/** What went wrong with a call, in terms a message is chosen from. */
export type FormApiError =
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'changed'
  | 'not-online'
  | 'network'
  | 'server';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: FormApiError };

export type SendOutcome =
  | { kind: 'sent'; receipt: SubmissionReceipt }
  | { kind: 'invalid'; errors: AnswerError[] }
  | { kind: 'error'; error: FormApiError };

const PROBLEM_ERRORS: Readonly<Record<string, FormApiError>> = {
  unauthorized: 'unauthorized',
  form_not_found: 'not-found',
  tenant_not_found: 'not-found',
  form_version_not_found: 'changed',
  form_page_not_found: 'changed',
  form_anonymous_only: 'not-online',
  // A clock far off, or a proof used twice: a new proof with the next sending.
  proof_of_work_invalid: 'network',
  proof_of_work_reused: 'network',
};

type FieldError = components['schemas']['FieldError'];

/** The server's field errors carry the engine's codes; one the widget does not know is left out. */
function answerErrors(errors: readonly FieldError[]): AnswerError[] {
  return errors.flatMap(({ path, code, message }) => {
    const known = ANSWER_ERROR_CODES.find((candidate) => candidate === code);
    return known ? [{ path, code: known, message }] : [];
  });
}

function failure(problem: Problem | undefined, status: number): { ok: false; error: FormApiError } {
  const known = problem?.code ? PROBLEM_ERRORS[problem.code] : undefined;
  if (known) return { ok: false, error: known };
  if (status === 401) return { ok: false, error: 'unauthorized' };
  if (status === 403) return { ok: false, error: 'forbidden' };
  return { ok: false, error: 'server' };
}

/**
 * One form of one commune through the typed client: its definition, the signed-in citizen's draft
 * and the submission. Never rejects: every failure becomes a `FormApiError`.
 */
export class FormApi {
  readonly #client: ApiClient;
  readonly #path: { tenant: string; formKey: string };
  readonly #lang: string;

  constructor(apiBase: string, tenant: string, formKey: string, lang: string) {
    this.#client = createApiClient(apiBase);
    this.#path = { tenant, formKey };
    this.#lang = lang;
  }

  form(): Promise<ApiResult<PublishedForm>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/forms/{formKey}', {
        params: { path: this.#path },
        headers: this.#headers(undefined),
      });
      return data ? { ok: true, value: data } : failure(error, response.status);
    });
  }

  /** The citizen's draft of this form, or null when there is none. */
  draft(token: string): Promise<ApiResult<FormDraft | null>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET(
        '/v1/tenants/{tenant}/me/form-drafts/{formKey}',
        {
          params: { path: this.#path },
          headers: this.#headers(token),
        },
      );
      if (data) return { ok: true, value: data };
      return error?.code === 'form_draft_not_found'
        ? { ok: true, value: null }
        : failure(error, response.status);
    });
  }

  saveDraft(token: string, body: DraftRequest): Promise<ApiResult<null>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.PUT(
        '/v1/tenants/{tenant}/me/form-drafts/{formKey}',
        {
          params: { path: this.#path },
          headers: this.#headers(token),
          body,
        },
      );
      return data ? { ok: true, value: null } : failure(error, response.status);
    });
  }

  deleteDraft(token: string): Promise<ApiResult<null>> {
    return this.#call(async () => {
      const { error, response } = await this.#client.DELETE('/v1/tenants/{tenant}/me/form-drafts/{formKey}', {
        params: { path: this.#path },
        headers: this.#headers(token),
      });
      return response.ok ? { ok: true, value: null } : failure(error, response.status);
    });
  }

  /** Sends as the signed-in citizen (`token`), or anonymously with a proof of work (`proof`). */
  async send(
    body: SubmissionRequest,
    sender: { token: string } | { proof: string },
    idempotencyKey: string,
  ): Promise<SendOutcome> {
    const headers =
      'token' in sender
        ? { ...this.#headers(sender.token), 'Idempotency-Key': idempotencyKey }
        : { ...this.#headers(undefined), 'Idempotency-Key': idempotencyKey, 'X-Communa-Proof': sender.proof };
    const result = await this.#call<SendOutcome>(async () => {
      const { data, error, response } = await this.#client.POST(
        '/v1/tenants/{tenant}/forms/{formKey}/submissions',
        {
          params: { path: this.#path },
          headers,
          body,
        },
      );
      if (data) return { ok: true, value: { kind: 'sent', receipt: data } };
      if (error?.code === 'invalid_answers') {
        return { ok: true, value: { kind: 'invalid', errors: answerErrors(error.errors ?? []) } };
      }
      return failure(error, response.status);
    });
    return result.ok ? result.value : { kind: 'error', error: result.error };
  }

  #headers(token: string | undefined): Record<string, string> {
    return token
      ? { Authorization: `Bearer ${token}`, 'Accept-Language': this.#lang }
      : { 'Accept-Language': this.#lang };
  }

  async #call<T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    try {
      return await request();
    } catch (error) {
      // A body that is not JSON comes from a broken server or proxy, not from the visitor's connection.
      return { ok: false, error: error instanceof SyntaxError ? 'server' : 'network' };
    }
  }
}
