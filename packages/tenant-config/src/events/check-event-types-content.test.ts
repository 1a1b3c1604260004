import { describe, expect, it } from 'vitest';
import type { EventTypesConfigInput } from '../schema/event-types.ts';
import { checkEventTypesContent } from './check-event-types-content.ts';

const context = {
  languages: { offered: ['fr', 'nl'] as const, default: 'fr' as const },
  formKeys: new Set(['event-gathering']),
  fileFields: new Map([['event-gathering', new Set(['site-plan'])]]),
};

const config = (): EventTypesConfigInput => ({
  advisoryServices: [{ key: 'police', name: { fr: 'Police', nl: 'Politie' }, email: 'police@example.be' }],
  types: [
    {
      key: 'market',
      name: { fr: 'Marché', nl: 'Markt' },
      description: { fr: 'Un marché.', nl: 'Een markt.' },
      form: 'event-gathering',
      leadTimeDays: 30,
      opinions: ['police'],
      publicCalendar: true,
    },
  ],
  equipment: [{ key: 'tables', name: { fr: 'Tables', nl: 'Tafels' }, stock: 10 }],
});

describe('checkEventTypesContent', () => {
  it('accepts a valid configuration, defaults filled in, without warning', () => {
    const result = checkEventTypesContent(config(), context);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.config.places).toEqual([]);
  });

  it('gives each error its file path and a stable code', () => {
    const input = config();
    const [type] = input.types;
    if (!type) throw new Error('no type');
    input.types.push({ ...type, opinions: ['fire-service'], leadTimeDays: -1 });
    const result = checkEventTypesContent(input, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual(
      expect.arrayContaining([
        { path: 'types.1.leadTimeDays', code: 'too_small' },
        { path: 'types.1.key', code: 'duplicate_key' },
        { path: 'types.1.opinions.0', code: 'unknown_service' },
      ]),
    );
  });

  it('refuses a form the commune does not have and a text missing in the default language', () => {
    const input = config();
    const [type] = input.types;
    if (!type) throw new Error('no type');
    input.types = [{ ...type, form: 'nowhere', name: { nl: 'Markt' } }];
    const result = checkEventTypesContent(input, context);
    expect(result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'types.0.name.fr', code: 'missing_default_text' },
      { path: 'types.0.form', code: 'unknown_form' },
    ]);
  });

  it('warns of a text missing in another offered language', () => {
    const input = config();
    input.equipment = [{ key: 'tables', name: { fr: 'Tables' }, stock: 10 }];
    const result = checkEventTypesContent(input, context);
    expect(result.ok && result.warnings.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'equipment.0.name.nl', code: 'missing_translation' },
    ]);
  });

  it('refuses an attachment its type’s form has no file field for', () => {
    const input = config();
    const [type] = input.types;
    if (!type) throw new Error('no type');
    const attachment = (key: string) => ({
      key,
      label: { fr: 'Pièce', nl: 'Bijlage' },
      accept: ['application/pdf'],
      maxSizeMb: 5,
    });
    input.types = [{ ...type, attachments: [attachment('site-plan'), attachment('insurance')] }];
    const result = checkEventTypesContent(input, context);
    expect(result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'types.0.attachments.1.key', code: 'attachment_without_field' },
    ]);
  });
});
