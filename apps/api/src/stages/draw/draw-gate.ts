import type { Transaction } from '@communa/db';
import { brusselsToday } from '../../households/child-rules.ts';
import { inDrawPeriod } from '../enrolment-rules.ts';
import { enrolmentStateAt } from '../stage-rules.ts';
import type { StageDraw } from './draw-store.ts';
import { openDraw } from './draw-store.ts';
import type { DrawContext } from './run-draw.ts';
import { runDueDraws } from './run-draw.ts';

export type DrawGate = { mode: 'first-come' } | { mode: 'ticket'; draw: StageDraw };

/**
 * How a request for a draw session is served now. In a window's draw period: as a ticket of that
 * window's draw (its seed drawn if this is the first request). Otherwise first come, first served,
 * after running any draw whose time has come, so the drawn tickets get their seats before later
 * requests. Sessions without a draw are always first come, first served.
 */
export async function drawGate(tx: Transaction, ctx: DrawContext): Promise<DrawGate> {
  const { session, now } = ctx;
  if (session.allocation !== 'draw' || !session.drawMinutes) return { mode: 'first-come' };
  const state = enrolmentStateAt(session.windows, now, {
    today: brusselsToday(now),
    firstDay: session.firstDay,
  });
  const allocation = { mode: session.allocation, drawMinutes: session.drawMinutes };
  if (state.status === 'open' && inDrawPeriod(allocation, state.window, now)) {
    const draw = await openDraw(tx, {
      tenantId: ctx.tenant.id,
      sessionId: session.id,
      windowPosition: session.windows.indexOf(state.window),
      drawAt: new Date(state.window.from.getTime() + session.drawMinutes * 60_000),
    });
    // Drawn already: this request came in at the period's last instant, after the draw began.
    if (draw.drawnAt === null) return { mode: 'ticket', draw };
  }
  await runDueDraws(tx, ctx);
  return { mode: 'first-come' };
}
