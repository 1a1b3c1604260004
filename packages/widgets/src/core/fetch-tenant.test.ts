import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client.ts';
import { fetchTenant } from './fetch-tenant.ts';
import type { PublicTenant } from './tenant-types.ts';

const liege: PublicTenant = {
  slug: 'liege',
  name: { fr: 'Ville de Liège', en: 'City of Liège' },
  languages: { offered: ['fr', 'en'], default: 'fr' },
  sandbox: false,
  theme: {
    colorPrimary: '#b5121b',
    colorOnPrimary: '#ffffff',
    colorAccent: '#1d3557',
    colorSurface: '#ffffff',
    colorText: '#1a1a1a',
    radius: '6px',
    font: 'inherit',
  },
  contact: {
    email: 'info@liege.be',
    phone: '+32 4 221 84 11',
    website: 'https://www.liege.be',
    address: { street: 'Place du Marché', number: '2', postalCode: '4000', city: 'Liège' },
  },
  privacyNoticeUrl: 'https://www.liege.be/fr/vie-privee',
  healthSheetRetentionDays: 30,
  services: [],
};

/** A fetch that records the request and answers with `response`. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  };
  return { requests, fetchImpl: fetchImpl as typeof fetch };
}

const json = (body: unknown, status: number, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('fetchTenant', () => {
  it('GETs the commune’s public configuration from the API base', async () => {
    const { requests, fetchImpl } = fakeFetch(() => json(liege, 200));
    const result = await fetchTenant(createApiClient('https://api.communa.be/', fetchImpl), 'liege');
    expect(result).toEqual({ ok: true, tenant: liege });
    expect(requests.map((request) => [request.method, request.url])).toEqual([
      ['GET', 'https://api.communa.be/v1/tenants/liege'],
    ]);
  });

  it('encodes the slug into the path', async () => {
    const { requests, fetchImpl } = fakeFetch(() => json(liege, 200));
    await fetchTenant(createApiClient('https://api.communa.be', fetchImpl), '../admin');
    expect(requests[0]?.url).toBe('https://api.communa.be/v1/tenants/..%2Fadmin');
  });

  it.each([
    [404, 'not-found'],
    [403, 'forbidden'],
    [500, 'server'],
    [429, 'server'],
  ] as const)('maps a %i problem to %s', async (status, error) => {
    const problem = { type: 'urn:x', title: 'x', status, code: 'x' };
    const { fetchImpl } = fakeFetch(() => json(problem, status, 'application/problem+json'));
    expect(await fetchTenant(createApiClient('https://api.communa.be', fetchImpl), 'liege')).toEqual({
      ok: false,
      error,
    });
  });

  it('reports a failed connection as a network error', async () => {
    const { fetchImpl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchTenant(createApiClient('https://api.communa.be', fetchImpl), 'liege')).toEqual({
      ok: false,
      error: 'network',
    });
  });

  it('reports a body that is not JSON as a server error', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>proxy error</html>', { status: 200 }));
    expect(await fetchTenant(createApiClient('https://api.communa.be', fetchImpl), 'liege')).toEqual({
      ok: false,
      error: 'server',
    });
  });

  it('passes the abort signal on', async () => {
    const { requests, fetchImpl } = fakeFetch(() => json(liege, 200));
    const controller = new AbortController();
    await fetchTenant(createApiClient('https://api.communa.be', fetchImpl), 'liege', controller.signal);
    controller.abort();
    expect(requests[0]?.signal.aborted).toBe(true);
  });
});
