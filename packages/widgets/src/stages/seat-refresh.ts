/** Timers and time, passed in so the schedule is tested without waiting. */
export interface RefreshClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: RefreshClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Refreshes the seats left every `intervalMs`, measured from the start of the previous refresh, so
 * what is shown is never older than that (plus one request's time): only while the widget is on
 * screen and the page is visible, never two requests at once. Coming back into view after more
 * than an interval refreshes at once.
 */
export class SeatRefresh {
  readonly #refresh: () => Promise<void>;
  readonly #intervalMs: number;
  readonly #clock: RefreshClock;
  #inView = false;
  #pageVisible = true;
  #inFlight = false;
  #timer: unknown;
  #lastStart = Number.NEGATIVE_INFINITY;

  constructor(refresh: () => Promise<void>, intervalMs = 2000, clock: RefreshClock = browserClock) {
    this.#refresh = refresh;
    this.#intervalMs = intervalMs;
    this.#clock = clock;
  }

  /** Whether refreshes are scheduled now. */
  get active(): boolean {
    return this.#inView && this.#pageVisible;
  }

  setInView(inView: boolean): void {
    this.#inView = inView;
    this.#reschedule();
  }

  setPageVisible(visible: boolean): void {
    this.#pageVisible = visible;
    this.#reschedule();
  }

  /** The data was just read by other means (first load, after an enrolment): the next refresh waits a full interval. */
  markFresh(): void {
    this.#lastStart = this.#clock.now();
    this.#reschedule();
  }

  stop(): void {
    this.#inView = false;
    this.#reschedule();
  }

  #reschedule(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.active || this.#inFlight) return;
    const wait = Math.max(0, this.#lastStart + this.#intervalMs - this.#clock.now());
    this.#timer = this.#clock.setTimeout(() => void this.#run(), wait);
  }

  async #run(): Promise<void> {
    this.#timer = undefined;
    this.#inFlight = true;
    this.#lastStart = this.#clock.now();
    try {
      await this.#refresh();
    } finally {
      this.#inFlight = false;
      this.#reschedule();
    }
  }
}
