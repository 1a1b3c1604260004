import type postgres from 'postgres';

/**
 * Turns a session opened by openSessionNow into a draw session whose first window opened a minute
 * ago, with a draw period of `minutes`.
 */
export async function makeDrawSession(owner: postgres.Sql, sessionId: string, minutes = 30): Promise<void> {
  await owner`update stage_sessions set allocation = 'draw', draw_minutes = ${minutes} where id = ${sessionId}`;
  await owner`
    update stage_session_windows set opens_at = now() - interval '1 minute'
    where session_id = ${sessionId} and position = 0`;
}

/**
 * Moves the session's first window back so that its draw period ended an hour ago, and its draw's
 * time with it: what the clock would show once the period is over.
 */
export async function endDrawPeriod(owner: postgres.Sql, sessionId: string): Promise<void> {
  const [session] = await owner<{ minutes: number }[]>`
    select draw_minutes as minutes from stage_sessions where id = ${sessionId}`;
  const minutes = session?.minutes ?? 0;
  await owner`
    update stage_session_windows set opens_at = now() - interval '1 hour' - make_interval(mins => ${minutes})
    where session_id = ${sessionId} and position = 0`;
  await owner`
    update stage_draws set draw_at = now() - interval '1 hour'
    where session_id = ${sessionId} and window_position = 0`;
}
