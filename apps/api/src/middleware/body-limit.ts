import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';

/** Refuses bodies over `maxBytes` with 413 before any handler reads them. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => respondProblem(c, httpProblems.payloadTooLarge, `At most ${maxBytes} bytes are accepted`),
  });
}
