import type { Context } from 'hono';

/**
 * Request and response headers through the Node objects when the app runs on Node.
 *
 * Through Hono's own API, reading one request header makes the Node adapter build a Fetch
 * `Headers` copy of them all, and setting more than one response header builds another: on the
 * public read path, which answers every widget load of every embedding site, that is most of the
 * cost beyond a bare server. Node has already parsed the request's headers and keeps the
 * response's in its own store, which the adapter merges into what it writes; the route's own
 * headers win. Outside Node (tests through `app.request()`), Hono's API is used.
 */
interface NodeBindings {
  incoming?: { headers: Record<string, string | string[] | undefined> };
  outgoing?: { setHeader: (name: string, value: string) => unknown };
}

const bindings = (c: Context) => c.env as NodeBindings | undefined;

/** A request header by lower-case name. */
export function requestHeader(c: Context, name: Lowercase<string>): string | undefined {
  const incoming = bindings(c)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Sets a header of the answer, whatever response the route builds. */
export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = bindings(c)?.outgoing;
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}
