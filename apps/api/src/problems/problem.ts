import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const fieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'services.0.title' }),
    code: z.string().openapi({ example: 'invalid_type' }),
    message: z.string(),
  })
  .openapi('FieldError');

/** RFC 9457 problem details, with a stable machine `code` that widgets localise. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:communa:problem:tenant_not_found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().openapi({ example: 'tenant_not_found' }),
    requestId: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** A problem code declared by a domain, with its HTTP status and human title. */
export interface ProblemCode {
  code: string;
  status: ContentfulStatusCode;
  title: string;
}

/** Thrown by handlers and services; turned into a problem+json answer by the error handler. */
export class ProblemError extends Error {
  readonly problem: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;

  constructor(problem: ProblemCode, detail?: string, errors?: FieldError[]) {
    super(detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.detail = detail;
    this.errors = errors;
  }
}

export function toProblem(
  problem: ProblemCode,
  options: {
    detail?: string | undefined;
    errors?: FieldError[] | undefined;
    requestId?: string | undefined;
  } = {},
): Problem {
  return {
    type: `urn:communa:problem:${problem.code}`,
    title: problem.title,
    status: problem.status,
    code: problem.code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.requestId ? { requestId: options.requestId } : {}),
    ...(options.errors?.length ? { errors: options.errors } : {}),
  };
}

/** OpenAPI description of a problem answer, for a route's `responses`. */
export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } };
}
