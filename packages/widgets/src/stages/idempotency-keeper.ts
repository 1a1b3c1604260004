/**
 * The `Idempotency-Key` of each enrolment request. A request sent again after it got no answer (a
 * network error) carries the same key, so the server answers it once; once answered, the same
 * request again is a new one with a new key.
 */
export class IdempotencyKeeper {
  readonly #pending = new Map<string, string>();
  readonly #newKey: () => string;

  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.#newKey = newKey;
  }

  /** The key to send `request` with (any JSON-serialisable value, compared by its JSON). */
  keyFor(request: unknown): string {
    const text = JSON.stringify(request);
    let key = this.#pending.get(text);
    if (key === undefined) {
      key = this.#newKey();
      this.#pending.set(text, key);
    }
    return key;
  }

  /** `request` was answered (whatever the answer): the next one like it is a new request. */
  answered(request: unknown): void {
    this.#pending.delete(JSON.stringify(request));
  }
}
