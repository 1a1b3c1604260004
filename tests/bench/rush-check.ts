import type postgres from 'postgres';

/**
 * What the rush broke, counted from the database: seats confirmed beyond a session's capacity, a seat
 * count that disagrees with the confirmed rows, and waitlist positions missing or given twice.
 */
export async function countOverbooked(owner: postgres.Sql, tenantId: string): Promise<number> {
  const [row] = await owner<{ n: number }[]>`
    with per_session as (
      select ss.id, ss.capacity, ss.seats_taken, ss.waitlist_taken,
        count(*) filter (where e.status = 'confirmed')::int as confirmed,
        count(*) filter (where e.status = 'waitlisted')::int as waitlisted,
        count(distinct e.waitlist_position) filter (where e.status = 'waitlisted')::int as positions,
        coalesce(max(e.waitlist_position) filter (where e.status = 'waitlisted'), 0)::int as last_position
      from stage_sessions ss
      left join stage_enrolments e on e.tenant_id = ss.tenant_id and e.session_id = ss.id
      where ss.tenant_id = ${tenantId}
      group by ss.tenant_id, ss.id
    )
    select coalesce(sum(
      greatest(confirmed - capacity, 0)
      + abs(seats_taken - confirmed)
      + (waitlisted - positions)
      + (last_position - waitlisted)
      + abs(waitlist_taken - waitlisted)
    ), 0)::int as n
    from per_session`;
  return row?.n ?? 0;
}
