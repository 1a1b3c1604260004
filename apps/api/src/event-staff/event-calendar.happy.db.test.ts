import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventRequest } from '../events/testing/event-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { staffCalendarSchema } from './event-staff-schemas.ts';

const CALENDAR = '/v1/admin/tenants/liege/event-calendar';
const at = (iso: string) => new Date(iso);

describe('the staff calendar of event requests', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let reviewer: StaffSession;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    const seed = (name: string, request: Omit<Parameters<typeof seedEventRequest>[1], 'tenant' | 'title'>) =>
      seedEventRequest(owner, { tenant: 'liege', title: name, ...request }).then((id) => {
        ids[name] = id;
      });
    const party = { type: 'neighbourhood-party' } as const;
    // Two requests for the Place du Marché on the same afternoon, and a refused one that no longer counts.
    await seed('Fête du Marché', {
      ...party,
      status: 'submitted',
      place: 'place-du-marche',
      startsAt: at('2030-06-15T10:00:00Z'),
      endsAt: at('2030-06-15T18:00:00Z'),
      equipment: { podium: 2 },
    });
    await seed('Brocante du Marché', {
      ...party,
      status: 'approved',
      place: 'place-du-marche',
      startsAt: at('2030-06-15T14:00:00Z'),
      endsAt: at('2030-06-15T20:00:00Z'),
    });
    await seed('Refusée', {
      ...party,
      status: 'refused',
      place: 'place-du-marche',
      startsAt: at('2030-06-15T09:00:00Z'),
      endsAt: at('2030-06-15T22:00:00Z'),
    });
    await seed('Brouillon', {
      ...party,
      status: 'draft',
      place: 'place-du-marche',
      startsAt: at('2030-06-15T09:00:00Z'),
      endsAt: at('2030-06-15T22:00:00Z'),
    });
    // Elsewhere, borrowing the third podium of two.
    await seed('Concert au parc', {
      ...party,
      status: 'under-review',
      place: 'parc-d-avroy',
      startsAt: at('2030-06-15T16:00:00Z'),
      endsAt: at('2030-06-15T23:00:00Z'),
      equipment: { podium: 1, tables: 5 },
    });
    // Across the edge of the month, clashing with a request that ends before the month starts.
    await seed('Fin de mai', {
      ...party,
      status: 'submitted',
      place: 'parc-de-la-boverie',
      startsAt: at('2030-05-30T10:00:00Z'),
      endsAt: at('2030-06-01T10:00:00Z'),
    });
    await seed('Fin de mai bis', {
      ...party,
      status: 'opinions-requested',
      place: 'parc-de-la-boverie',
      startsAt: at('2030-05-30T12:00:00Z'),
      endsAt: at('2030-05-30T20:00:00Z'),
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('shows requested and approved events of the days asked, with clashes and over-allocated equipment', async () => {
    const res = await kit.admin(`${CALENDAR}?from=2030-06-01&to=2030-06-30`, reviewer);
    expect(res.status).toBe(200);
    const calendar = staffCalendarSchema.parse(await res.json());
    expect(calendar).toMatchObject({ from: '2030-06-01', to: '2030-06-30' });
    expect(calendar.events.map((event) => event.title)).toEqual([
      'Fin de mai',
      'Fête du Marché',
      'Brocante du Marché',
      'Concert au parc',
    ]);
    const byTitle = new Map(calendar.events.map((event) => [event.title, event]));
    expect(byTitle.get('Fête du Marché')).toMatchObject({
      status: 'submitted',
      place: 'place-du-marche',
      equipment: [{ key: 'podium', quantity: 2 }],
      clashes: [{ id: ids['Brocante du Marché'], title: 'Brocante du Marché' }],
      overAllocated: [{ key: 'podium', requested: 2, available: 1 }],
    });
    expect(byTitle.get('Brocante du Marché')?.clashes.map((clash) => clash.title)).toEqual([
      'Fête du Marché',
    ]);
    expect(byTitle.get('Brocante du Marché')?.overAllocated).toEqual([]);
    expect(byTitle.get('Concert au parc')).toMatchObject({
      clashes: [],
      overAllocated: [{ key: 'podium', requested: 1, available: 0 }],
    });
    expect(byTitle.get('Fin de mai')?.clashes.map((clash) => clash.title)).toEqual(['Fin de mai bis']);
    expect(JSON.stringify(calendar)).not.toContain('requester');
  });

  it('answers an empty calendar for days without events, and one day alone', async () => {
    const empty = staffCalendarSchema.parse(
      await (await kit.admin(`${CALENDAR}?from=2030-08-01&to=2030-08-31`, reviewer)).json(),
    );
    expect(empty.events).toEqual([]);
    const day = staffCalendarSchema.parse(
      await (await kit.admin(`${CALENDAR}?from=2030-06-15&to=2030-06-15`, reviewer)).json(),
    );
    expect(day.events).toHaveLength(3);
  });
});
