/**
 * The `Idempotency-Key` of an enrolment request. The same request sent again after it got no
 * answer (a network error) carries the same key, so the server answers it once; a changed request,
 * or one after an answer, gets a new key.
 */
export class IdempotencyKeeper {
  #pending: { request: string; key: string } | undefined;
  readonly #newKey: () => string;

  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.#newKey = newKey;
  }

  /** The key to send `request` with (any JSON-serialisable value, compared by its JSON). */
  keyFor(request: unknown): string {
    const text = JSON.stringify(request);
    if (this.#pending?.request !== text) this.#pending = { request: text, key: this.#newKey() };
    return this.#pending.key;
  }

  /** The request was answered (whatever the answer): the next one is a new request. */
  answered(): void {
    this.#pending = undefined;
  }
}
