import { addDays } from '@communa/tenant-config';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { brusselsDay } from './event-rules.ts';
import {
  availabilitySchema,
  eventCalendarSchema,
  eventEquipmentSchema,
  eventPlacesSchema,
  eventTypesSchema,
} from './event-schemas.ts';
import { daysFromNow, seedEventRequest } from './testing/event-fixtures.ts';

describe('public event routes', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const get = async (path: string) => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(200);
    return res;
  };

  describe('configuration', () => {
    it('lists a commune’s event types with form, lead time, attachments and publication, in every language', async () => {
      const body = eventTypesSchema.parse(await (await get('/v1/tenants/liege/event-types')).json());
      expect(body.types.map((type) => type.key)).toEqual([
        'neighbourhood-party',
        'sports-event',
        'market',
        'concert',
        'funfair',
        'demonstration',
        'film-shoot',
      ]);
      const concert = body.types.find((type) => type.key === 'concert');
      expect(concert).toMatchObject({
        name: {
          fr: 'Concert ou spectacle',
          nl: 'Concert of voorstelling',
          de: 'Konzert oder Aufführung',
          en: 'Concert or show',
        },
        form: 'event-gathering',
        leadTimeDays: 60,
        publicCalendar: true,
      });
      expect(concert?.attachments.map((a) => [a.key, a.maxSizeMb])).toEqual([
        ['site-plan', 10],
        ['insurance', 5],
        ['safety-plan', 20],
      ]);
      expect(body.types.find((type) => type.key === 'film-shoot')?.publicCalendar).toBe(false);
      const herstal = eventTypesSchema.parse(await (await get('/v1/tenants/herstal/event-types')).json());
      expect(Object.keys(herstal.types[0]?.name ?? {}).sort()).toEqual(['fr', 'nl']);
    });

    it('lists bookable places and equipment with stock', async () => {
      const places = eventPlacesSchema.parse(await (await get('/v1/tenants/charleroi/event-places')).json());
      expect(places.places[0]).toEqual({
        key: 'place-charles-ii',
        name: 'Place Charles II',
        address: { street: 'Place Charles II', number: '14', postalCode: '6000', city: 'Charleroi' },
        capacity: 4000,
      });
      const res = await get('/v1/tenants/liege/event-equipment');
      expect(res.headers.get('cache-control')).toBe('public, max-age=60');
      const equipment = eventEquipmentSchema.parse(await res.json());
      expect(equipment.equipment.find((item) => item.key === 'podium')).toMatchObject({
        stock: 2,
        name: { fr: 'Podium mobile' },
      });
    });
  });

  describe('GET …/event-availability', () => {
    const availability = async (query: string) => {
      const res = await get(`/v1/tenants/liege/event-availability?${query}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      return availabilitySchema.parse(await res.json());
    };
    const at = (date: Date) => encodeURIComponent(date.toISOString());

    it('checks the lead time in Brussels calendar days and names the earliest first day', async () => {
      const soon = await availability(
        `type=concert&from=${at(daysFromNow(20))}&to=${at(daysFromNow(20, 20))}`,
      );
      expect(soon).toMatchObject({ leadTimeOk: false, placeFree: true, clashes: [], equipment: [] });
      expect(soon.earliestStart).toBe(addDays(brusselsDay(new Date()), 60));
      const later = await availability(
        `type=concert&from=${at(daysFromNow(70))}&to=${at(daysFromNow(70, 20))}`,
      );
      expect(later.leadTimeOk).toBe(true);
      const demonstration = await availability(
        `type=demonstration&from=${at(daysFromNow(8))}&to=${at(daysFromNow(8, 16))}`,
      );
      expect(demonstration.leadTimeOk).toBe(true);
    });

    it('reports clashes on the place with held requests (dates only), ignoring refused ones and other places', async () => {
      const day = 120;
      await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'market',
        title: 'Brocante des Vennes — M. Dupont',
        status: 'approved',
        startsAt: daysFromNow(day, 6),
        endsAt: daysFromNow(day, 15),
        place: 'place-du-marche',
      });
      await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'concert',
        title: 'Refused concert',
        status: 'refused',
        startsAt: daysFromNow(day, 12),
        endsAt: daysFromNow(day, 22),
        place: 'place-du-marche',
      });
      await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'concert',
        title: 'Other place',
        status: 'under-review',
        startsAt: daysFromNow(day, 12),
        endsAt: daysFromNow(day, 22),
        place: 'place-saint-lambert',
      });
      const query = `type=concert&place=place-du-marche&from=${at(daysFromNow(day, 14))}&to=${at(daysFromNow(day, 22))}`;
      const res = await t.app.request(`/v1/tenants/liege/event-availability?${query}`);
      const text = await res.text();
      expect(text).not.toContain('Dupont');
      const body = availabilitySchema.parse(JSON.parse(text));
      expect(body.placeFree).toBe(false);
      expect(body.clashes).toEqual([
        { startsAt: daysFromNow(day, 6).toISOString(), endsAt: daysFromNow(day, 15).toISOString() },
      ]);
      expect(Object.keys(body.clashes[0] ?? {}).sort()).toEqual(['endsAt', 'startsAt']);
      const after = await availability(
        `type=concert&place=place-du-marche&from=${at(daysFromNow(day, 15))}&to=${at(daysFromNow(day, 22))}`,
      );
      expect(after).toMatchObject({ placeFree: true, clashes: [] });
    });

    it('counts equipment held by overlapping requests against the stock', async () => {
      const day = 150;
      await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'sports-event',
        title: 'Course',
        status: 'opinions-requested',
        startsAt: daysFromNow(day, 6),
        endsAt: daysFromNow(day, 14),
        equipment: { 'nadar-barriers': 300, podium: 1 },
      });
      await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'concert',
        title: 'Concert',
        status: 'approved-with-conditions',
        startsAt: daysFromNow(day, 13),
        endsAt: daysFromNow(day, 23),
        equipment: { podium: 1 },
      });
      await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'concert',
        title: 'Draft',
        status: 'draft',
        startsAt: daysFromNow(day, 8),
        endsAt: daysFromNow(day, 20),
        equipment: { podium: 2, tables: 100 },
      });
      const body = await availability(
        `type=neighbourhood-party&from=${at(daysFromNow(day, 8))}&to=${at(daysFromNow(day, 20))}&equipment=nadar-barriers:150,podium:1,tables:20`,
      );
      expect(body.equipment).toEqual([
        { key: 'nadar-barriers', requested: 150, available: 100 },
        { key: 'podium', requested: 1, available: 0 },
        { key: 'tables', requested: 20, available: 120 },
      ]);
    });
  });

  describe('open calendar', () => {
    const day = 200;
    let published: string;
    beforeAll(async () => {
      published = await seedEventRequest(owner, {
        tenant: 'charleroi',
        type: 'concert',
        title: 'Concert au parc Reine Astrid',
        status: 'approved',
        public: true,
        startsAt: daysFromNow(day, 17),
        endsAt: daysFromNow(day, 21),
        place: 'parc-reine-astrid',
      });
      await seedEventRequest(owner, {
        tenant: 'charleroi',
        type: 'neighbourhood-party',
        title:
          'Fête de la rue de la Montagne; grand barbecue, jeux et musique pour petits et grands du quartier',
        status: 'approved-with-conditions',
        public: true,
        startsAt: daysFromNow(day + 10, 10),
        endsAt: daysFromNow(day + 10, 20),
        address: { street: 'Rue de la Montagne', number: '12', postalCode: '6000', city: 'Charleroi' },
      });
      for (const [title, status, isPublic, type, days] of [
        ['Not public', 'approved', false, 'concert', day],
        ['Still under review', 'under-review', true, 'concert', day],
        ['Refused', 'refused', true, 'concert', day],
        ['Film shoot, a type never published', 'approved', true, 'film-shoot', day],
        ['Already over', 'approved', true, 'concert', -3],
      ] as const) {
        await seedEventRequest(owner, {
          tenant: 'charleroi',
          type,
          title,
          status,
          public: isPublic,
          startsAt: daysFromNow(days, 8),
          endsAt: daysFromNow(days, 10),
          place: 'place-de-la-digue',
        });
      }
    });

    it('lists upcoming approved public events of publishable types, in start order, nothing personal', async () => {
      const res = await get('/v1/tenants/charleroi/events');
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const body = eventCalendarSchema.parse(await res.json());
      expect(body.from).toBe(brusselsDay(new Date()));
      expect(body.events.map((event) => event.title)).toEqual([
        'Concert au parc Reine Astrid',
        'Fête de la rue de la Montagne; grand barbecue, jeux et musique pour petits et grands du quartier',
      ]);
      expect(body.events[0]).toEqual({
        id: published,
        title: 'Concert au parc Reine Astrid',
        type: {
          key: 'concert',
          name: { fr: 'Concert ou spectacle', nl: 'Concert of voorstelling', en: 'Concert or show' },
        },
        startsAt: daysFromNow(day, 17).toISOString(),
        endsAt: daysFromNow(day, 21).toISOString(),
        place: {
          key: 'parc-reine-astrid',
          name: 'Parc Reine Astrid',
          address: { street: 'Boulevard Audent', number: '1', postalCode: '6000', city: 'Charleroi' },
        },
        address: null,
      });
      expect(body.events[1]).toMatchObject({ place: null, address: { street: 'Rue de la Montagne' } });
    });

    it('filters by type and by days', async () => {
      const concerts = eventCalendarSchema.parse(
        await (await get('/v1/tenants/charleroi/events?type=concert')).json(),
      );
      expect(concerts.events.map((event) => event.title)).toEqual(['Concert au parc Reine Astrid']);
      const first = brusselsDay(daysFromNow(day + 5));
      const later = eventCalendarSchema.parse(
        await (await get(`/v1/tenants/charleroi/events?from=${first}&to=${addDays(first, 30)}`)).json(),
      );
      expect(later.events.map((event) => event.type.key)).toEqual(['neighbourhood-party']);
      expect(later).toMatchObject({ from: first, to: addDays(first, 30) });
    });

    it('serves the same events as an RFC 5545 feed, folded, with UIDs, DTSTAMP and Brussels times', async () => {
      const res = await get('/v1/tenants/charleroi/events.ics?lang=nl');
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const text = await res.text();
      const physical = text.split('\r\n');
      expect(physical.at(-1)).toBe('');
      for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const lines = text.replace(/\r\n /g, '').split('\r\n');
      expect(lines).toContain('X-WR-CALNAME:Stad Charleroi\\, evenementen');
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
      expect(lines).toContain(`UID:${published}@charleroi.events.communa`);
      expect(
        lines.filter((line) => line.startsWith('DTSTAMP:') && /^DTSTAMP:\d{8}T\d{6}Z$/.test(line)),
      ).toHaveLength(2);
      const start = daysFromNow(day, 17);
      const wall = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Brussels',
        dateStyle: 'short',
        timeStyle: 'medium',
      })
        .format(start)
        .replace(/[-: ]/g, (c) => (c === ' ' ? 'T' : ''));
      expect(lines).toContain(`DTSTART;TZID=Europe/Brussels:${wall}`);
      expect(lines).toContain('CATEGORIES:Concert of voorstelling');
      expect(lines).toContain('LOCATION:Parc Reine Astrid\\, Boulevard Audent 1\\, 6000 Charleroi');
      expect(lines).toContain(
        'SUMMARY:Fête de la rue de la Montagne\\; grand barbecue\\, jeux et musique pour petits et grands du quartier',
      );
      expect(text).not.toContain('Not public');
    });
  });
});
