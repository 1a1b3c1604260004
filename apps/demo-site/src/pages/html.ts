import type { html } from 'hono/html';

/** A fragment produced by hono's `html` template (escaped, possibly async). */
export type Html = ReturnType<typeof html>;
