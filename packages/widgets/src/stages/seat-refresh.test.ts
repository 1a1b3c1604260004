import { describe, expect, it } from 'vitest';
import { type RefreshClock, SeatRefresh } from './seat-refresh.ts';

/** A clock that moves only when told, running the timers that fall due. */
function manualClock() {
  let time = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: RefreshClock = {
    now: () => time,
    setTimeout: (run, ms) => {
      const id = next++;
      timers.set(id, { at: time + ms, run });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = async (ms: number) => {
    const end = time + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      time = due[1].at;
      due[1].run();
      await Promise.resolve();
      await Promise.resolve();
    }
    time = end;
  };
  return { clock, advance, pending: () => timers.size };
}

describe('SeatRefresh', () => {
  const setup = (duration = 0) => {
    const { clock, advance, pending } = manualClock();
    const starts: number[] = [];
    const refresh = new SeatRefresh(
      () => {
        starts.push(clock.now());
        return duration === 0 ? Promise.resolve() : new Promise((done) => clock.setTimeout(done, duration));
      },
      2000,
      clock,
    );
    return { refresh, advance, starts, pending };
  };

  it('refreshes at once when it comes into view, then every 2 s while in view and the page visible', async () => {
    const { refresh, advance, starts } = setup();
    refresh.setInView(true);
    await advance(6500);
    expect(starts).toEqual([0, 2000, 4000, 6000]);
  });

  it('never refreshes out of view or with the page hidden, and stops scheduling then', async () => {
    const { refresh, advance, starts, pending } = setup();
    await advance(5000);
    expect(starts).toEqual([]);
    refresh.setInView(true);
    await advance(100);
    refresh.setPageVisible(false);
    await advance(10_000);
    expect(starts).toEqual([5000]);
    expect(pending()).toBe(0);
    refresh.setPageVisible(true);
    await advance(0);
    expect(starts).toEqual([5000, 15_100]);
    refresh.stop();
    await advance(10_000);
    expect(starts).toHaveLength(2);
    expect(pending()).toBe(0);
  });

  it('waits out the interval when shown again soon, and after data read by other means', async () => {
    const { refresh, advance, starts } = setup();
    refresh.markFresh();
    refresh.setInView(true);
    await advance(1000);
    expect(starts).toEqual([]);
    refresh.setInView(false);
    refresh.setInView(true);
    await advance(1000);
    expect(starts).toEqual([2000]);
  });

  it('never runs two requests at once: a slow one delays the next until it is answered', async () => {
    const { refresh, advance, starts } = setup(3000);
    refresh.setInView(true);
    await advance(7000);
    expect(starts).toEqual([0, 3000, 6000]);
  });
});
