import * as z from 'zod';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

const toOrigin = (value: string): string | undefined => {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
};

/**
 * An origin allowed to embed the widgets, written exactly as browsers send it in the `Origin` header
 * (so the CORS check can compare strings): scheme, host, optional port, nothing else.
 */
export const originSchema = z
  .string({ error: 'must be an origin like https://www.example.be' })
  .superRefine((value, ctx) => {
    const origin = toOrigin(value);
    if (origin === undefined || origin === 'null') {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an origin like https://www.example.be` });
      return;
    }
    const { protocol, hostname } = new URL(value);
    if (protocol !== 'https:' && !(protocol === 'http:' && LOCAL_HOSTS.has(hostname))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" must use https (http is only allowed for localhost)`,
      });
      return;
    }
    if (origin !== value) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" must be written as the bare origin "${origin}" (no path, trailing slash, default port or upper case)`,
      });
    }
  });
