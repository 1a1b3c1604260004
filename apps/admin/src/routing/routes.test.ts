import { describe, expect, it } from 'vitest';
import type { KnownRoute, Route } from './routes.ts';
import { inCommune, parseRoute, routePath } from './routes.ts';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['/admin', { kind: 'home' }],
    ['/admin/', { kind: 'home' }],
    ['/admin/liege', { kind: 'commune', slug: 'liege', section: 'overview' }],
    ['/admin/liege/', { kind: 'commune', slug: 'liege', section: 'overview' }],
    ['/admin/liege/staff', { kind: 'commune', slug: 'liege', section: 'staff' }],
    ['/admin/herstal/families/', { kind: 'commune', slug: 'herstal', section: 'families' }],
    ['/admin/liege/forms', { kind: 'commune', slug: 'liege', section: 'forms' }],
    ['/admin/liege/event-requests', { kind: 'commune', slug: 'liege', section: 'event-requests' }],
    ['/admin/la-louviere/audit-log', { kind: 'commune', slug: 'la-louviere', section: 'audit-log' }],
    [
      '/admin/invitations/0B9F3A4E-6C1D-4F7A-9A51-2F9F1D1E5C11',
      { kind: 'invitation', invitationId: '0b9f3a4e-6c1d-4f7a-9a51-2f9f1d1e5c11' },
    ],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it.each([
    '/',
    '/administrator',
    '/admin/liege/overview',
    '/admin/liege/staff/extra',
    '/admin/Liège/staff',
    '/admin/-liege',
    '/admin/invitations',
    '/admin/invitations/not-an-id',
    '/admin/%E0%A4%A',
  ])('%s is not found', (path) => {
    expect(parseRoute(path)).toEqual({ kind: 'not-found' });
  });
});

describe('routePath', () => {
  it.each<KnownRoute>([
    { kind: 'home' },
    { kind: 'commune', slug: 'liege', section: 'overview' },
    { kind: 'commune', slug: 'liege', section: 'audit-log' },
    { kind: 'invitation', invitationId: '0b9f3a4e-6c1d-4f7a-9a51-2f9f1d1e5c11' },
  ])('round-trips %o', (route) => {
    expect(parseRoute(routePath(route))).toEqual(route);
  });
});

describe('inCommune', () => {
  it('keeps the screen when switching commune, else opens the overview', () => {
    expect(inCommune({ kind: 'commune', slug: 'liege', section: 'staff' }, 'herstal')).toEqual({
      kind: 'commune',
      slug: 'herstal',
      section: 'staff',
    });
    expect(inCommune({ kind: 'home' }, 'herstal')).toEqual({
      kind: 'commune',
      slug: 'herstal',
      section: 'overview',
    });
  });
});
