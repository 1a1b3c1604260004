import type postgres from 'postgres';

/** The id of a demo commune's session, by stage and session key. */
export async function sessionIdOf(
  owner: postgres.Sql,
  target: { tenant: string; stage: string; session: string },
): Promise<string> {
  const [row] = await owner<{ id: string }[]>`
    select ss.id from stage_sessions ss
    join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
    join tenants t on t.id = ss.tenant_id
    where t.slug = ${target.tenant} and s.key = ${target.stage} and ss.key = ${target.session}`;
  if (!row) throw new Error(`no session ${target.tenant}/${target.stage}/${target.session}`);
  return row.id;
}

/**
 * An enrolment written straight through the owner connection, with the session's counters moved
 * as the enrolment path moves them: a confirmed one takes a seat, a waitlisted one the next position.
 */
export async function enrolDirectly(
  owner: postgres.Sql,
  enrolment: {
    sessionId: string;
    childId: string;
    householdId: string;
    status: 'confirmed' | 'waitlisted';
    residencyUnconfirmed?: boolean;
  },
): Promise<string> {
  return owner.begin(async (sql) => {
    const [session] = await sql<{ tenantId: string; position: number }[]>`
      update stage_sessions set
        seats_taken = seats_taken + ${enrolment.status === 'confirmed' ? 1 : 0},
        waitlist_taken = waitlist_taken + ${enrolment.status === 'waitlisted' ? 1 : 0}
      where id = ${enrolment.sessionId}
      returning tenant_id as "tenantId", waitlist_taken as position`;
    if (!session) throw new Error(`no session ${enrolment.sessionId}`);
    const [row] = await sql<{ id: string }[]>`
      insert into stage_enrolments (tenant_id, session_id, child_id, household_id, status,
        waitlist_position, reference, price_cents, residency_unconfirmed)
      values (${session.tenantId}, ${enrolment.sessionId}, ${enrolment.childId}, ${enrolment.householdId},
        ${enrolment.status}, ${enrolment.status === 'waitlisted' ? session.position : null},
        ${`T-${crypto.randomUUID().slice(0, 8)}`}, 6500, ${enrolment.residencyUnconfirmed ?? false})
      returning id`;
    if (!row) throw new Error('no enrolment written');
    return row.id;
  });
}
