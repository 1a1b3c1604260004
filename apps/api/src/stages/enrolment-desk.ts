/**
 * Serves requests in batches, one batch at a time per key (a commune): the first request is served
 * at once, and those that arrive while a batch is being served wait for the next one, all together
 * (up to `maxBatch`). On an opening day, when families arrive faster than one transaction commits,
 * a batch then carries them all in the order they arrived, for the price of one transaction; on a
 * quiet day each request is a batch of one and waits for nothing.
 *
 * When a batch fails as a whole, each of its requests gets `fallback`'s outcome: it is then served
 * on its own and meets its own answer.
 */
export interface EnrolmentDesk<Request, Outcome> {
  submit(key: string, request: Request): Promise<Outcome>;
}

interface Waiting<Request, Outcome> {
  request: Request;
  resolve: (outcome: Outcome) => void;
}

export function createEnrolmentDesk<Request, Outcome>(options: {
  serve: (key: string, requests: readonly Request[]) => Promise<Outcome[]>;
  fallback: Outcome;
  maxBatch: number;
  onBatchError: (error: unknown) => void;
}): EnrolmentDesk<Request, Outcome> {
  const queues = new Map<string, Waiting<Request, Outcome>[]>();

  const drain = async (key: string, queue: Waiting<Request, Outcome>[]) => {
    while (queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      try {
        const outcomes = await options.serve(
          key,
          batch.map((waiting) => waiting.request),
        );
        batch.forEach((waiting, index) => {
          waiting.resolve(outcomes[index] ?? options.fallback);
        });
      } catch (error) {
        options.onBatchError(error);
        for (const waiting of batch) waiting.resolve(options.fallback);
      }
    }
    queues.delete(key);
  };

  return {
    submit: (key, request) =>
      new Promise<Outcome>((resolve) => {
        const queue = queues.get(key);
        if (queue) {
          queue.push({ request, resolve });
          return;
        }
        const fresh = [{ request, resolve }];
        queues.set(key, fresh);
        void drain(key, fresh);
      }),
  };
}
