import type postgres from 'postgres';

/**
 * Makes one session of a demo commune's stage open now, first come first served, through the owner
 * connection: its window opened an hour ago for `audience` (residents: everyone follows tomorrow).
 * Returns the session's id.
 */
export async function openSessionNow(
  owner: postgres.Sql,
  target: {
    tenant: string;
    stage: string;
    session: string;
    capacity?: number;
    audience?: 'everyone' | 'residents';
  },
): Promise<string> {
  const [row] = await owner<{ id: string; tenantId: string }[]>`
    select ss.id, ss.tenant_id as "tenantId" from stage_sessions ss
    join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
    join tenants t on t.id = ss.tenant_id
    where t.slug = ${target.tenant} and s.key = ${target.stage} and ss.key = ${target.session}`;
  if (!row) throw new Error(`no session ${target.tenant}/${target.stage}/${target.session}`);
  await owner`
    update stage_sessions set allocation = 'first-come', draw_minutes = null,
      opens_at = now() - interval '1 hour', capacity = coalesce(${target.capacity ?? null}::int, capacity)
    where id = ${row.id}`;
  await owner`delete from stage_session_windows where session_id = ${row.id}`;
  await owner`
    insert into stage_session_windows (tenant_id, session_id, position, opens_at, audience)
    values (${row.tenantId}, ${row.id}, 0, now() - interval '1 hour', ${target.audience ?? 'everyone'})`;
  if (target.audience === 'residents') {
    await owner`
      insert into stage_session_windows (tenant_id, session_id, position, opens_at, audience)
      values (${row.tenantId}, ${row.id}, 1, now() + interval '1 day', 'everyone')`;
  }
  return row.id;
}

export interface Family {
  email: string;
  token: string;
  householdId: string;
  childId: string;
}

/**
 * `count` signed-in parents, each with a household in the commune (resident, as declared) and one
 * child born on `birthDate`, made in a few statements so hundreds cost well under a second.
 */
export async function createFamilies(
  owner: postgres.Sql,
  options: { tenant: string; count: number; birthDate: string; prefix: string },
): Promise<Family[]> {
  return owner.begin(async (sql) => {
    const rows = await sql<Family[]>`
      with n as (select g from generate_series(1, ${options.count}::int) g),
      t as (select id from tenants where slug = ${options.tenant}),
      u as (
        insert into users (email, name, email_verified)
        select ${options.prefix} || '.' || g || '@example.be', '', true from n
        returning id, email
      ),
      s as (
        insert into sessions (user_id, token, expires_at)
        select id, md5(random()::text || id::text), now() + interval '12 hours' from u
        returning user_id, token
      ),
      h as (
        insert into households (tenant_id, street, number, postal_code, city, residency)
        select t.id, 'Rue ' || u.email, '1', '4000', 'Liège', 'declared_resident' from u, t
        returning id, street
      ),
      m as (
        insert into household_members (tenant_id, household_id, user_id)
        select t.id, h.id, u.id from h join u on h.street = 'Rue ' || u.email, t
      ),
      c as (
        insert into children (tenant_id, first_name, last_name, birth_date)
        select t.id, 'Child', h.street, ${options.birthDate}::date from h, t
        returning id, last_name
      ),
      ch as (
        insert into child_households (tenant_id, child_id, household_id)
        select t.id, c.id, h.id from c join h on c.last_name = h.street, t
      )
      select u.email, s.token, h.id as "householdId", c.id as "childId"
      from u join s on s.user_id = u.id join h on h.street = 'Rue ' || u.email join c on c.last_name = h.street`;
    return [...rows];
  });
}
