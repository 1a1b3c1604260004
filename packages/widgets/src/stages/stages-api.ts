import type { components, paths } from '../api/schema.d.ts';
import type { ApiClient } from '../core/api-client.ts';
import { createApiClient } from '../core/api-client.ts';

export type StageCatalogue = components['schemas']['StageCatalogue'];
export type Stage = components['schemas']['Stage'];
export type StageSession = components['schemas']['StageSession'];
export type EnrolmentRequest = components['schemas']['EnrolmentRequest'];
type EnrolResponses = paths['/v1/tenants/{tenant}/me/enrolments']['post']['responses'];
/** The answer for one child, whichever success the API gave (enrolled now, or a ticket of a draw). */
export type EnrolmentResult = EnrolResponses[Extract<
  keyof EnrolResponses,
  201 | 202
>]['content']['application/json']['results'][number];
export type RefusalReason = Extract<EnrolmentResult, { status: 'refused' }>['reason'];
type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];
/** The form a stage asks its questions with, when it asks any. */
export type QuestionsForm = NonNullable<Stage['questionsForm']>;

/** What went wrong with a call, in terms a message is chosen from. */
export type StagesError =
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'household-required'
  | 'invalid'
  | 'network'
  | 'server';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: StagesError };

/**
 * The answer to one enrolment request: a result per child, the draw to wait for, answers to the
 * stage's questions refused (the forms engine's errors, at `answers.<childId>.<field>`), or an error.
 */
export type EnrolOutcome =
  | { kind: 'results'; results: EnrolmentResult[]; drawAt?: string }
  | { kind: 'draw-pending' }
  | { kind: 'invalid-answers'; errors: FieldError[] }
  | { kind: 'error'; error: StagesError };

const PROBLEM_ERRORS: Readonly<Record<string, StagesError>> = {
  unauthorized: 'unauthorized',
  household_required: 'household-required',
  stage_not_found: 'not-found',
  stage_session_not_found: 'not-found',
  validation_failed: 'invalid',
};

const REFUSAL_REASONS: readonly string[] = [
  'child_not_found',
  'not_open_yet',
  'enrolment_closed',
  'age_out_of_range',
  'already_enrolled',
  'overlapping_session',
  'sibling_refused',
] satisfies readonly RefusalReason[];

function isRefusalReason(code: string): code is RefusalReason {
  return REFUSAL_REASONS.includes(code);
}

/**
 * The public catalogue and the signed-in parent's enrolment, through the typed client. Never
 * rejects: every failure becomes a `StagesError`.
 */
export class StagesApi {
  readonly #client: ApiClient;
  readonly #tenant: string;
  readonly #lang: string;

  constructor(apiBase: string, tenant: string, lang: string) {
    this.#client = createApiClient(apiBase);
    this.#tenant = tenant;
    this.#lang = lang;
  }

  catalogue(signal?: AbortSignal): Promise<ReadResult<StageCatalogue>> {
    return read(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/stages', {
        params: { path: { tenant: this.#tenant } },
        ...(signal ? { signal } : {}),
      });
      return data ? { ok: true, value: data } : { ok: false, error: errorOf(error, response.status) };
    });
  }

  /** One stage, for the refresh of its seats while it is open on screen. */
  stage(stageKey: string, signal?: AbortSignal): Promise<ReadResult<Stage>> {
    return read(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/stages/{stageKey}', {
        params: { path: { tenant: this.#tenant, stageKey } },
        ...(signal ? { signal } : {}),
      });
      return data ? { ok: true, value: data } : { ok: false, error: errorOf(error, response.status) };
    });
  }

  /**
   * One request for several children. A refusal of every child comes as a 409 problem with one
   * error per child (`childIds.<i>`): it is turned back into per-child results, in the order asked.
   */
  async enrol(token: string, body: EnrolmentRequest, idempotencyKey: string): Promise<EnrolOutcome> {
    try {
      const { data, error, response } = await this.#client.POST('/v1/tenants/{tenant}/me/enrolments', {
        params: { path: { tenant: this.#tenant }, header: { 'idempotency-key': idempotencyKey } },
        headers: { Authorization: `Bearer ${token}`, 'Accept-Language': this.#lang },
        body,
      });
      if (data) {
        // A request in a draw session's first minutes is a ticket: the answer says when the draw runs.
        const drawAt = 'drawAt' in data && typeof data.drawAt === 'string' ? data.drawAt : undefined;
        return drawAt
          ? { kind: 'results', results: data.results, drawAt }
          : { kind: 'results', results: data.results };
      }
      if (error?.code === 'stage_draw_pending') return { kind: 'draw-pending' };
      if (error?.code === 'enrolment_refused') return { kind: 'results', results: refusals(body, error) };
      if (error?.code === 'invalid_answers') return { kind: 'invalid-answers', errors: error.errors ?? [] };
      return { kind: 'error', error: errorOf(error, response.status) };
    } catch (error) {
      return { kind: 'error', error: error instanceof SyntaxError ? 'server' : 'network' };
    }
  }
}

function refusals(body: EnrolmentRequest, problem: Problem): EnrolmentResult[] {
  const opensAt = problem.detail?.match(/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})/)?.[0];
  return body.childIds.map((childId, index) => {
    const code = problem.errors?.find((e) => e.path === `childIds.${index}`)?.code ?? '';
    const reason = isRefusalReason(code) ? code : 'enrolment_closed';
    return reason === 'not_open_yet' && opensAt
      ? { childId, status: 'refused', reason, opensAt }
      : { childId, status: 'refused', reason };
  });
}

async function read<T>(run: () => Promise<ReadResult<T>>): Promise<ReadResult<T>> {
  try {
    return await run();
  } catch (error) {
    // A body that is not JSON comes from a broken server or proxy, not from the visitor's connection.
    return { ok: false, error: error instanceof SyntaxError ? 'server' : 'network' };
  }
}

function errorOf(problem: Problem | string | undefined, status: number): StagesError {
  const known = problem && typeof problem !== 'string' ? PROBLEM_ERRORS[problem.code] : undefined;
  if (known) return known;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return status >= 400 && status < 500 ? 'invalid' : 'server';
}
