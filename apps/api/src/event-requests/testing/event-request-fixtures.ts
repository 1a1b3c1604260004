import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';
import { daysFromNow } from '../../events/testing/event-fixtures.ts';

/** Liège's event-gathering form, validly answered in French. */
export const gatheringAnswers = () => ({
  programme: 'Barbecue, jeux pour enfants et concert acoustique de 16 h à 22 h.',
  contactPhone: '+32 470 12 34 56',
  amplifiedSound: false,
  foodAndDrink: true,
  roadClosure: true,
  rules: {
    accepted: true,
    text: "Je respecte les conditions de l'autorisation et je rends l'espace public propre à la fin de l'événement.",
  },
});

/** A neighbourhood party (30 days' lead time in Liège) `days` from now on a bookable place. */
export const partyRequest = (days = 40, overrides: Record<string, unknown> = {}) => ({
  type: 'neighbourhood-party',
  title: 'Fête de la rue Saint-Gilles',
  startsAt: daysFromNow(days, 12).toISOString(),
  endsAt: daysFromNow(days, 21).toISOString(),
  place: 'place-du-marche',
  expectedAttendance: 150,
  equipment: [
    { key: 'tables', quantity: 10 },
    { key: 'benches', quantity: 20 },
  ],
  answers: gatheringAnswers(),
  public: true,
  ...overrides,
});

/** Calls a commune's requester routes as `who` (no bearer when `who` is undefined). */
export const eventRequestClient = (kit: AuthTestKit, tenant = 'liege') => {
  const request = (who: CitizenSession | undefined, path: string, method = 'GET', body?: unknown) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me/event-requests${path}`, {
      method,
      headers: { ...(who ? kit.withBearer(who.token) : {}), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    request,
    create: (who: CitizenSession | undefined, body: unknown) => request(who, '', 'POST', body),
    submit: (who: CitizenSession | undefined, id: string) => request(who, `/${id}/submission`, 'POST'),
    withdraw: (who: CitizenSession | undefined, id: string, body: unknown = {}) =>
      request(who, `/${id}/withdrawal`, 'POST', body),
  };
};

/** Rows the event request routes may write, in every commune (read on the owner connection). */
export const countEventRequestRows = async (owner: postgres.Sql) => {
  const [row] = await owner<{ requests: number; equipment: number; events: number; submitted: number }[]>`
    select (select count(*)::int from event_requests) as requests,
      (select count(*)::int from event_request_equipment) as equipment,
      (select count(*)::int from event_request_events) as events,
      (select count(*)::int from event_requests where status <> 'draft') as submitted`;
  return row;
};
