import type { ProblemCode } from './problem.ts';

/** Problems any route may answer; each domain declares its own beside its routes. */
export const httpProblems = {
  notFound: { code: 'not_found', status: 404, title: 'Not found' },
  malformedBody: { code: 'malformed_body', status: 400, title: 'The request body is not valid JSON' },
  validationFailed: { code: 'validation_failed', status: 400, title: 'The request is not valid' },
  payloadTooLarge: { code: 'payload_too_large', status: 413, title: 'The request body is too large' },
  unsupportedMediaType: {
    code: 'unsupported_media_type',
    status: 415,
    title: 'The request body must be application/json',
  },
  originNotAllowed: {
    code: 'origin_not_allowed',
    status: 403,
    title: 'This website is not allowed to embed this commune’s services',
  },
  rateLimited: { code: 'rate_limited', status: 429, title: 'Too many requests; try again later' },
  badRequest: { code: 'bad_request', status: 400, title: 'Bad request' },
  internal: { code: 'internal_error', status: 500, title: 'Something went wrong on our side' },
  unavailable: { code: 'unavailable', status: 503, title: 'The service is temporarily unavailable' },
} as const satisfies Record<string, ProblemCode>;
