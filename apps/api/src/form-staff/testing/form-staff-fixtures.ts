import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';
import { formClient } from '../../forms/testing/form-fixtures.ts';

/** A Liège citizen's submission through the citizen API; its id read back on the owner connection. */
export async function submitForm(
  kit: AuthTestKit,
  owner: postgres.Sql,
  who: CitizenSession,
  form: string,
  answers: Record<string, unknown>,
  language: 'fr' | 'nl' | 'de' | 'en',
): Promise<{ id: string; reference: string }> {
  const res = await formClient(kit).submit(who, form, { version: 1, answers, language });
  if (res.status !== 201) throw new Error(`submission refused: ${res.status} ${await res.text()}`);
  const { reference } = (await res.json()) as { reference: string };
  const [row] = await owner<{ id: string }[]>`select id from form_submissions where reference = ${reference}`;
  if (!row) throw new Error('the submission was not stored');
  return { id: row.id, reference };
}

/** A submission of Herstal's, written directly: the foreign row another commune's staff must not reach. */
export async function herstalSubmission(owner: postgres.Sql): Promise<{ id: string; reference: string }> {
  const [row] = await owner<{ id: string; reference: string }[]>`
    insert into form_submissions (tenant_id, form_key, version, reference, answers, status, language)
    select t.id, 'declaration-perte-documents', 1, 'HER-2026-ZZ9Q' || substr(md5(random()::text), 1, 1),
           '{"secret":"herstal-only-answer"}'::jsonb, 'submitted', 'fr'
    from tenants t where t.slug = 'herstal'
    returning id, reference`;
  if (!row) throw new Error('no Herstal submission');
  return row;
}

/** Rows a staff write may touch, in every commune. */
export const countStaffWrites = async (owner: postgres.Sql) => {
  const [row] = await owner<{ events: number; mails: number; moved: number }[]>`
    select (select count(*)::int from form_submission_events) as events,
           (select count(*)::int from pgboss.job where name = 'mail'
              and data->'mail'->>'idempotencyKey' like 'form-transition/%') as mails,
           (select count(*)::int from form_submissions where updated_at > submitted_at) as moved`;
  return row;
};

/** A move request in Liège, validly answered in French. */
export const moveAnswers = () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    place: { street: 'Rue Saint-Gilles', number: '40', postalCode: '4000', city: 'Liège' },
    days: { start: day(30), end: day(31) },
    length: 10,
    vehicle: 'van',
    company: false,
    rules: {
      accepted: true,
      text: 'Je laisse un passage de 1,50 m pour les piétons et je libère la voirie à la fin de chaque jour.',
    },
  };
};
