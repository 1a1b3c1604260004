import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { RushFamily } from './rush-families.ts';
import { rushPair } from './rush-families.ts';

interface BaselineOptions {
  tenantId: string;
  families: readonly RushFamily[];
  sessionIds: readonly string[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/**
 * The physical limit: on copies of stage_sessions and stage_enrolments (same columns, indexes and
 * checks), `connections` clients each run transactions of one conditional seat update and one
 * insert (a waitlist position when the session is full), back to back, over the same requests the
 * API gets. Returns the committed transactions per second.
 */
export async function runRushBaseline(ownerUrl: string, options: BaselineOptions): Promise<{ tps: number }> {
  const sql = postgres(ownerUrl, { max: options.connections, onnotice: () => {} });
  try {
    await sql`drop table if exists bench_rush_enrolments, bench_rush_sessions`;
    await sql`create table bench_rush_sessions (like stage_sessions including all)`;
    await sql`create table bench_rush_enrolments (like stage_enrolments including all)`;
    await sql`insert into bench_rush_sessions select * from stage_sessions where tenant_id = ${options.tenantId}`;
    await sql`analyze bench_rush_sessions`;
    let k = 0;
    const enrol = async () => {
      const pair = rushPair(k++, options.families.length, options.sessionIds.length);
      const family = options.families[pair.family];
      const sessionId = options.sessionIds[pair.session];
      if (!family || !sessionId) throw new Error('no family or session for a transaction');
      await sql.begin(async (tx) => {
        const seat = await tx`
          update bench_rush_sessions set seats_taken = seats_taken + 1
          where tenant_id = ${options.tenantId} and id = ${sessionId} and seats_taken < capacity
          returning id`;
        const position = seat.length
          ? null
          : ((
              await tx<{ p: number }[]>`
                update bench_rush_sessions set waitlist_taken = waitlist_taken + 1
                where tenant_id = ${options.tenantId} and id = ${sessionId} returning waitlist_taken as p`
            )[0]?.p ?? null);
        await tx`
          insert into bench_rush_enrolments
            (tenant_id, session_id, child_id, household_id, status, waitlist_position, reference, price_cents)
          values (${options.tenantId}, ${sessionId}, ${family.childId}, ${family.householdId},
            ${position === null ? 'confirmed' : 'waitlisted'}, ${position},
            ${`RUS-${randomBytes(5).toString('hex')}`}, 6500)`;
      });
    };
    const run = async (seconds: number) => {
      const until = performance.now() + seconds * 1000;
      let done = 0;
      await Promise.all(
        Array.from({ length: options.connections }, async () => {
          while (performance.now() < until) {
            await enrol();
            done++;
          }
        }),
      );
      return done / seconds;
    };
    await run(options.warmupSeconds);
    return { tps: await run(options.seconds) };
  } finally {
    await sql`drop table if exists bench_rush_enrolments, bench_rush_sessions`;
    await sql.end();
  }
}
