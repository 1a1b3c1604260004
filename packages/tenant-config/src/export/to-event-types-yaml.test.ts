import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES_FILE } from '../load/load-event-types.ts';
import { loadTenants } from '../load/load-tenants.ts';
import { parseEventTypesYaml } from '../load/parse-event-types-yaml.ts';
import { toEventTypesYaml } from './to-event-types-yaml.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));
// Loaded once: reading every demo commune (forms included) is the slow part.
const demo = await loadTenants(DEMO_TENANTS);
const herstal = demo.tenants.find((tenant) => tenant.slug === 'herstal');

describe('toEventTypesYaml', () => {
  it('round-trips the demo communes’ event types, places, equipment and services', () => {
    expect(demo.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const { slug, config, eventTypes, forms } of demo.tenants) {
      if (eventTypes === undefined) throw new Error(`${slug} has no event types`);
      const reloaded = parseEventTypesYaml(toEventTypesYaml(eventTypes, slug), {
        file: EVENT_TYPES_FILE,
        languages: config.languages,
        formKeys: new Set(forms.map((form) => form.key)),
      });
      expect(reloaded.issues, slug).toEqual([]);
      expect(reloaded.eventTypes, slug).toStrictEqual(eventTypes);
    }
  });

  it('is what an admin-sourced commune keeps on disk', async () => {
    expect(herstal?.config.source).toBe('admin');
    if (herstal?.eventTypes === undefined) throw new Error('Herstal has no event types');
    expect(toEventTypesYaml(herstal.eventTypes, 'Ville de Herstal')).toBe(
      await readFile(`${herstal.dir}/${EVENT_TYPES_FILE}`, 'utf8'),
    );
  });

  it('writes short texts, lists and addresses on one line, a header naming the source of truth', () => {
    const text = toEventTypesYaml(
      {
        advisoryServices: [{ key: 'police', name: { fr: 'Police' }, email: 'police@example.be' }],
        types: [
          {
            key: 'market',
            name: { fr: 'Marché', nl: 'Markt' },
            description: { fr: 'Un marché.' },
            form: 'event-gathering',
            attachments: [],
            leadTimeDays: 30,
            opinions: ['police'],
            publicCalendar: true,
          },
        ],
        places: [
          {
            key: 'grand-place',
            name: 'Grand-Place',
            address: { street: 'Grand-Place', number: '1', postalCode: '4000', city: 'Liège' },
            capacity: 500,
          },
        ],
        equipment: [{ key: 'tables', name: { fr: 'Tables' }, stock: 0 }],
      },
      'Testville',
    );
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# Testville — event permit requests: what may be asked, where, and with what equipment.',
      '# source: admin — the back-office is the truth; this file is an export, rewritten by `npm run tenants:export`.',
    ]);
    expect(text).toContain('name: {fr: Marché, nl: Markt}\n');
    expect(text).toContain('opinions: [police]\n');
    expect(text).toContain('attachments: []\n');
    expect(text).toContain('address: {street: Grand-Place, number: "1", postalCode: "4000", city: Liège}\n');
  });

  it('refuses an invalid configuration', () => {
    const events = herstal?.eventTypes;
    const [type] = events?.types ?? [];
    if (events === undefined || type === undefined) throw new Error('Herstal has no event types');
    expect(() =>
      toEventTypesYaml({ ...events, types: [{ ...type, opinions: ['nobody'] }] }, 'Ville de Herstal'),
    ).toThrow();
  });
});
