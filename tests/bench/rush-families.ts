import type postgres from 'postgres';

export interface RushFamily {
  token: string;
  householdId: string;
  childId: string;
}

/**
 * `count` signed-in parents of the commune, each with a resident household and one child of an age
 * every rush session takes: users, better-auth sessions (the bearer token the API checks), households,
 * members and children, in one statement.
 */
export async function createRushFamilies(
  owner: postgres.Sql,
  tenantId: string,
  count: number,
): Promise<RushFamily[]> {
  const rows = await owner<RushFamily[]>`
    with n as (select g from generate_series(1, ${count}::int) g),
    u as (
      insert into users (email, name, email_verified)
      select 'rush.' || g || '@example.be', '', true from n
      returning id, email
    ),
    s as (
      insert into sessions (user_id, token, expires_at)
      select id, md5(random()::text || id::text), now() + interval '12 hours' from u
      returning user_id, token
    ),
    h as (
      insert into households (tenant_id, street, number, postal_code, city, residency)
      select ${tenantId}, 'Rue ' || u.email, '1', '4000', 'Liège', 'declared_resident' from u
      returning id, street
    ),
    m as (
      insert into household_members (tenant_id, household_id, user_id)
      select ${tenantId}, h.id, u.id from h join u on h.street = 'Rue ' || u.email
    ),
    c as (
      insert into children (tenant_id, first_name, last_name, birth_date)
      select ${tenantId}, 'Enfant', h.street, '2018-03-01'::date from h
      returning id, last_name
    ),
    ch as (
      insert into child_households (tenant_id, child_id, household_id)
      select ${tenantId}, c.id, h.id from c join h on c.last_name = h.street
    )
    select s.token, h.id as "householdId", c.id as "childId"
    from u join s on s.user_id = u.id join h on h.street = 'Rue ' || u.email join c on c.last_name = h.street
    order by u.email`;
  return [...rows];
}

/**
 * The k-th request of a run: family k mod F in session (k + ⌊k/F⌋) mod S. A family's successive
 * requests step through the sessions by F + 1, coprime with S, so no (child, session) pair repeats
 * before F·S requests: every request is a valid, new enrolment.
 */
export function rushPair(k: number, families: number, sessions: number): { family: number; session: number } {
  return { family: k % families, session: (k + Math.floor(k / families)) % sessions };
}
