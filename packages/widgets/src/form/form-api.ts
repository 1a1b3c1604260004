import type { AnswerError } from '@communa/forms';

/** What went wrong with a call, in terms a message is chosen from. */
export type FormApiError = 'not-found' | 'forbidden' | 'unauthorized' | 'changed' | 'network' | 'server';

export type FormAccess = 'signed-in' | 'anonymous' | 'either';

export interface PublishedForm {
  key: string;
  version: number;
  access: FormAccess;
  definition: unknown;
}

export interface FormDraft {
  version: number;
  answers: Record<string, unknown>;
  page: number;
}

export interface SubmissionReceipt {
  reference: string;
  status: string;
  submittedAt: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: FormApiError };

export type SendOutcome =
  | { kind: 'sent'; receipt: SubmissionReceipt }
  | { kind: 'invalid'; errors: AnswerError[] }
  | { kind: 'error'; error: FormApiError };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function errorForStatus(status: number, code: unknown): FormApiError {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || code === 'form_version_mismatch') return 'changed';
  return 'server';
}

/**
 * One form of one commune: its definition, the citizen's draft and the submission. Never rejects:
 * every failure becomes a `FormApiError`.
 */
export class FormApi {
  readonly #base: string;
  readonly #lang: string;

  constructor(apiBase: string, tenant: string, formKey: string, lang: string) {
    this.#base = `${apiBase}/v1/tenants/${encodeURIComponent(tenant)}`;
    this.#formPath = `/forms/${encodeURIComponent(formKey)}`;
    this.#draftPath = `/me/form-drafts/${encodeURIComponent(formKey)}`;
    this.#lang = lang;
  }

  readonly #formPath: string;
  readonly #draftPath: string;

  form(): Promise<ApiResult<PublishedForm>> {
    return this.#read(this.#formPath, undefined, (body) =>
      isObject(body) && typeof body.version === 'number' ? (body as unknown as PublishedForm) : undefined,
    );
  }

  /** The citizen's draft of this form, or null when there is none. */
  async draft(token: string): Promise<ApiResult<FormDraft | null>> {
    const result = await this.#read(this.#draftPath, token, (body) =>
      isObject(body) && isObject(body.answers) ? (body as unknown as FormDraft) : undefined,
    );
    if (!result.ok && result.error === 'not-found') return { ok: true, value: null };
    return result;
  }

  async saveDraft(token: string, draft: FormDraft): Promise<ApiResult<null>> {
    const response = await this.#fetch(this.#draftPath, token, { method: 'PUT', body: draft });
    if (!response.ok) return response;
    return response.value.ok
      ? { ok: true, value: null }
      : { ok: false, error: errorForStatus(response.value.status, undefined) };
  }

  async deleteDraft(token: string): Promise<void> {
    await this.#fetch(this.#draftPath, token, { method: 'DELETE' });
  }

  async send(
    body: { version: number; answers: Record<string, unknown>; language: string },
    token: string | undefined,
    idempotencyKey: string,
  ): Promise<SendOutcome> {
    const response = await this.#fetch(`${this.#formPath}/submissions`, token, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
    if (!response.ok) return { kind: 'error', error: response.error };
    const json: unknown = await response.value.json().catch(() => undefined);
    if (response.value.ok && isObject(json) && typeof json.reference === 'string') {
      return { kind: 'sent', receipt: json as unknown as SubmissionReceipt };
    }
    if (
      response.value.status === 422 &&
      isObject(json) &&
      json.code === 'invalid_answers' &&
      Array.isArray(json.errors)
    ) {
      return { kind: 'invalid', errors: json.errors as AnswerError[] };
    }
    return {
      kind: 'error',
      error: errorForStatus(response.value.status, isObject(json) ? json.code : undefined),
    };
  }

  async #read<T>(
    path: string,
    token: string | undefined,
    read: (body: unknown) => T | undefined,
  ): Promise<ApiResult<T>> {
    const response = await this.#fetch(path, token, { method: 'GET' });
    if (!response.ok) return response;
    const json: unknown = await response.value.json().catch(() => undefined);
    if (!response.value.ok)
      return {
        ok: false,
        error: errorForStatus(response.value.status, isObject(json) ? json.code : undefined),
      };
    const value = read(json);
    return value === undefined ? { ok: false, error: 'server' } : { ok: true, value };
  }

  async #fetch(
    path: string,
    token: string | undefined,
    init: { method: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResult<Response>> {
    const headers: Record<string, string> = { 'Accept-Language': this.#lang, ...init.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(`${this.#base}${path}`, {
        method: init.method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      return { ok: true, value: response };
    } catch {
      return { ok: false, error: 'network' };
    }
  }
}
