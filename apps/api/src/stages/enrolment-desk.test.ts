import { describe, expect, it } from 'vitest';
import { createEnrolmentDesk } from './enrolment-desk.ts';

/** A desk whose batches are recorded and held until released, so the test decides when each ends. */
function recordingDesk(options: { maxBatch?: number; failing?: (batch: readonly number[]) => boolean } = {}) {
  const batches: { key: string; requests: readonly number[] }[] = [];
  const releases: (() => void)[] = [];
  const errors: unknown[] = [];
  const desk = createEnrolmentDesk<number, string>({
    serve: async (key, requests) => {
      batches.push({ key, requests });
      await new Promise<void>((resolve) => releases.push(resolve));
      if (options.failing?.(requests)) throw new Error('the batch failed');
      return requests.map((request) => `${key}:${request * 10}`);
    },
    fallback: 'alone',
    maxBatch: options.maxBatch ?? 64,
    onBatchError: (error) => errors.push(error),
  });
  const releaseNext = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    releases.shift()?.();
  };
  return { desk, batches, releaseNext, errors };
}

describe('the enrolment desk', () => {
  it('serves the first request at once and those arriving meanwhile together, in arrival order', async () => {
    const { desk, batches, releaseNext } = recordingDesk();
    const first = desk.submit('liege', 1);
    const later = [2, 3, 4].map((n) => desk.submit('liege', n));
    expect(batches).toEqual([{ key: 'liege', requests: [1] }]);
    await releaseNext();
    expect(await first).toBe('liege:10');
    await releaseNext();
    expect(await Promise.all(later)).toEqual(['liege:20', 'liege:30', 'liege:40']);
    expect(batches.map((batch) => batch.requests)).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps each commune apart, one batch at a time each', async () => {
    const { desk, batches, releaseNext } = recordingDesk();
    const answers = Promise.all([desk.submit('liege', 1), desk.submit('namur', 2), desk.submit('liege', 3)]);
    expect(batches).toEqual([
      { key: 'liege', requests: [1] },
      { key: 'namur', requests: [2] },
    ]);
    await releaseNext();
    await releaseNext();
    await releaseNext();
    expect(await answers).toEqual(['liege:10', 'namur:20', 'liege:30']);
    expect(batches[2]).toEqual({ key: 'liege', requests: [3] });
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const { desk, batches, releaseNext } = recordingDesk({ maxBatch: 2 });
    const answers = Promise.all([1, 2, 3, 4, 5].map((n) => desk.submit('liege', n)));
    for (let i = 0; i < 3; i += 1) await releaseNext();
    expect(await answers).toHaveLength(5);
    expect(batches.map((batch) => batch.requests)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('answers every request of a failed batch with the fallback, and serves the next batch', async () => {
    const { desk, releaseNext, errors } = recordingDesk({ failing: (batch) => batch.includes(2) });
    const first = desk.submit('liege', 1);
    const failed = [desk.submit('liege', 2), desk.submit('liege', 3)];
    await releaseNext();
    await releaseNext();
    expect(await first).toBe('liege:10');
    expect(await Promise.all(failed)).toEqual(['alone', 'alone']);
    expect(errors).toHaveLength(1);
    const after = desk.submit('liege', 4);
    await releaseNext();
    expect(await after).toBe('liege:40');
  });
});
