import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import { enrolmentAnswerSchema } from '../enrolment-schemas.ts';
import type { Family } from './enrolment-fixtures.ts';

/** Calls `/v1/tenants/{tenant}/me…` as a family's parent. */
export function callAs(kit: AuthTestKit, tenant = 'liege') {
  return (who: Pick<Family, 'token'>, path: string, init: { method?: string; body?: unknown } = {}) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
}

/** Enrols each family's child in the session, one after the other; returns the enrolment ids in order. */
export async function enrolInTurn(
  kit: AuthTestKit,
  sessionId: string,
  families: readonly Family[],
): Promise<string[]> {
  const call = callAs(kit);
  const ids: string[] = [];
  for (const family of families) {
    const res = await call(family, '/enrolments', {
      method: 'POST',
      body: { sessionId, childIds: [family.childId] },
    });
    if (res.status !== 201) throw new Error(`enrolment answered ${res.status}: ${await res.text()}`);
    const [result] = enrolmentAnswerSchema.parse(await res.json()).results;
    if (!result || result.status === 'refused') throw new Error('the child was refused');
    ids.push(result.enrolmentId);
  }
  return ids;
}

export interface EnrolmentState {
  id: string;
  status: string;
  waitlistPosition: number | null;
  offerExpiresAt: Date | null;
  priceCents: number;
  cancellationReason: string | null;
  cancellationFeeCents: number | null;
  cancellationCreditCents: number | null;
}

/** The enrolments of a session as stored, in enrolment order. */
export async function enrolmentsOf(owner: postgres.Sql, sessionId: string): Promise<EnrolmentState[]> {
  return [
    ...(await owner<EnrolmentState[]>`
      select id, status, waitlist_position as "waitlistPosition", offer_expires_at as "offerExpiresAt",
        price_cents as "priceCents", cancellation_reason as "cancellationReason",
        cancellation_fee_cents as "cancellationFeeCents", cancellation_credit_cents as "cancellationCreditCents"
      from stage_enrolments where session_id = ${sessionId} order by created_at, id`),
  ];
}

/** The session's counters as stored. */
export async function countersOf(owner: postgres.Sql, sessionId: string) {
  const [row] = await owner<{ seatsTaken: number; waitlistTaken: number; capacity: number }[]>`
    select seats_taken as "seatsTaken", waitlist_taken as "waitlistTaken", capacity
    from stage_sessions where id = ${sessionId}`;
  if (!row) throw new Error(`no session ${sessionId}`);
  return row;
}

/** Brings an offer's deadline to now, and its expiry job with it, as if the hours had passed. */
export async function lapseOffer(owner: postgres.Sql, enrolmentId: string): Promise<void> {
  await owner`update stage_enrolments set offer_expires_at = now() - interval '1 second' where id = ${enrolmentId}`;
  await owner`
    update pgboss.job set start_after = now()
    where name = 'stage-offer-expiry' and data->>'enrolmentId' = ${enrolmentId} and state = 'created'`;
}

/** Every enrolment, every session's counters and every job: equal before and after means nothing was written. */
export async function everythingWritten(owner: postgres.Sql): Promise<unknown> {
  const [row] = await owner<{ state: unknown }[]>`
    select json_build_object(
      'enrolments', (select json_agg(e order by e.id) from stage_enrolments e),
      'sessions', (select json_agg(json_build_array(s.id, s.seats_taken, s.waitlist_taken) order by s.id) from stage_sessions s),
      'jobs', (select count(*) from pgboss.job)
    ) as state`;
  return row?.state;
}
