import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';

/** A neighbourhood committee of Liège, validly described. */
export const committee = (overrides: Record<string, unknown> = {}) => ({
  name: 'Comité de quartier Saint-Gilles',
  companyNumber: 'BE 0403.170.701',
  address: { street: 'Rue Saint-Gilles', number: '12', postalCode: '4000', city: 'Liège' },
  contact: { name: 'Claire Renard', email: 'Comite@Example.be', phone: '0470 12 34 56' },
  ...overrides,
});

/** Calls a commune's association routes as `who` (no bearer when `who` is undefined). */
export const associationClient = (kit: AuthTestKit, tenant = 'liege') => {
  const request = (who: CitizenSession | undefined, path: string, method = 'GET', body?: unknown) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me${path}`, {
      method,
      headers: { ...(who ? kit.withBearer(who.token) : {}), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    request,
    create: (who: CitizenSession | undefined, body: unknown) => request(who, '/associations', 'POST', body),
    invite: (who: CitizenSession | undefined, id: string, email: string, role?: string) =>
      request(who, `/associations/${id}/invitations`, 'POST', { email, ...(role ? { role } : {}) }),
    answer: (who: CitizenSession | undefined, answer: 'lookup' | 'acceptance' | 'decline', token: string) =>
      request(who, `/association-invitations/${answer}`, 'POST', { token }),
  };
};

/** The token of the `nth` invitation link mailed to `email`, once its job has sent it. */
export async function invitationToken(kit: AuthTestKit, email: string, nth = 1): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    // The mailbox lists the newest first.
    const mails = (await kit.mailbox.list()).filter((m) => m.message.to === email).reverse();
    const text = mails[nth - 1]?.message.text ?? '';
    const token = /communa-association-invitation=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no invitation mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rows the association routes may write, in every commune (read on the owner connection). */
export const countAssociationRows = async (owner: postgres.Sql) => {
  const [row] = await owner<
    { associations: number; members: number; invitations: number; requests: number }[]
  >`
    select (select count(*)::int from associations) as associations,
      (select count(*)::int from association_members) as members,
      (select count(*)::int from association_invitations) as invitations,
      (select count(*)::int from event_requests) as requests`;
  return row;
};
