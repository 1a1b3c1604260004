import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';

/** Liège's residence certificate request, fully and validly answered in Dutch. */
export const residenceAnswers = () => ({
  lastName: '  Peeters ',
  firstName: 'An',
  niss: '85.07.30-033.28',
  kind: 'history',
  purpose: 'employer',
  copies: 2,
  delivery: 'email',
  privacy: {
    accepted: true,
    text: 'Ik ga akkoord dat de Stad Luik deze gegevens verwerkt om het getuigschrift af te leveren.',
  },
});

/** Liège's public-space report, validly answered in French, with a repeated group. */
export const reportAnswers = () => ({
  category: 'lighting',
  description: 'Le lampadaire devant le numéro 12 ne s’allume plus depuis une semaine.',
  place: { street: 'Rue Saint-Gilles', number: '12', postalCode: '4000', city: 'Liège' },
  sightings: [{ seenOn: '2026-11-20', seenAt: '21:30' }, { seenOn: '2026-11-25' }],
  wantsFollowUp: false,
});

/** Calls the citizen API of a commune as `who` (no bearer when `who` is undefined). */
export const formClient = (kit: AuthTestKit, tenant = 'liege') => {
  const request = (
    who: CitizenSession | undefined,
    path: string,
    init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {},
  ) =>
    kit.platform.app.request(`/v1/tenants/${tenant}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(who ? kit.withBearer(who.token) : {}),
        'content-type': 'application/json',
        ...(init.key ? { 'idempotency-key': init.key } : {}),
        ...init.headers,
      },
      ...(init.body === undefined
        ? {}
        : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    });
  return {
    request,
    submit: (who: CitizenSession | undefined, form: string, body: unknown, key?: string) =>
      request(who, `/forms/${form}/submissions`, { method: 'POST', body, ...(key ? { key } : {}) }),
    saveDraft: (who: CitizenSession, form: string, body: unknown) =>
      request(who, `/me/form-drafts/${form}`, { method: 'PUT', body }),
  };
};

/** Rows the forms routes may write, in every commune (read on the owner connection). */
export const countFormRows = async (owner: postgres.Sql) => {
  const [row] = await owner<{ submissions: number; events: number; drafts: number; keys: number }[]>`
    select (select count(*)::int from form_submissions) as submissions,
           (select count(*)::int from form_submission_events) as events,
           (select count(*)::int from form_drafts) as drafts,
           (select count(*)::int from idempotency_keys) as keys`;
  return row;
};
