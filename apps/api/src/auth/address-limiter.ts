interface Window {
  count: number;
  endsAt: number;
}

/**
 * Counts attempts per key (an e-mail address) in fixed windows, in memory. better-auth limits per
 * IP address only; this bounds how many codes one mailbox receives, whatever the senders' addresses.
 * One process's view: behind several API processes the bound multiplies by their number.
 */
export class AddressLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, Window>();

  constructor(options: { max: number; windowSeconds: number; now?: () => number }) {
    this.#max = options.max;
    this.#windowMs = options.windowSeconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Counts one attempt; answers the seconds to wait when the key is over its limit, else 0. */
  take(key: string): number {
    const now = this.#now();
    this.#prune(now);
    const window = this.#windows.get(key);
    if (!window) {
      this.#windows.set(key, { count: 1, endsAt: now + this.#windowMs });
      return 0;
    }
    if (window.count >= this.#max) return Math.ceil((window.endsAt - now) / 1000);
    window.count += 1;
    return 0;
  }

  #prune(now: number): void {
    for (const [key, window] of this.#windows) {
      // Insertion order is expiry order, as every window has the same length.
      if (window.endsAt > now) break;
      this.#windows.delete(key);
    }
  }
}
