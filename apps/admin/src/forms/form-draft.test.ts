import { describe, expect, it } from 'vitest';
import {
  type DraftDefinition,
  freshKey,
  missingTexts,
  moved,
  retype,
  setAt,
  textIn,
  withText,
} from './form-draft.ts';

const draft = (): DraftDefinition => ({
  title: { fr: 'Attestation', nl: 'Attest' },
  pages: [
    {
      title: { fr: 'Demande' },
      sections: [
        {
          fields: [
            { key: 'name', type: 'short-text', label: { fr: 'Nom', nl: 'Naam' }, maxLength: 200 },
            {
              key: 'forWhom',
              type: 'single-choice',
              label: { fr: 'Pour qui ?', nl: 'Voor wie?' },
              options: [{ value: 'me', label: { fr: 'Moi' } }],
            },
          ],
        },
      ],
    },
  ],
});

describe('the editor’s draft', () => {
  it('moves an item up or down, never out of its list', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 0, -1)).toBeUndefined();
    expect(moved(['a', 'b'], 1, 1)).toBeUndefined();
  });

  it('changes a value at a path without touching the original', () => {
    const original = draft();
    const changed = setAt(original, ['pages', 0, 'sections', 0, 'fields', 1, 'required'], true);
    expect(changed.pages[0]?.sections[0]?.fields[1]?.required).toBe(true);
    expect(original.pages[0]?.sections[0]?.fields[1]?.required).toBeUndefined();
    expect(setAt(changed, ['pages', 0, 'sections', 0, 'fields', 1, 'required'], undefined)).toEqual(original);
  });

  it('keeps a field’s common properties when its type changes, and drops the old type’s', () => {
    const field = draft().pages[0]?.sections[0]?.fields[0];
    if (!field) throw new Error('no field');
    expect(retype({ ...field, required: true }, 'number')).toEqual({
      key: 'name',
      type: 'number',
      label: { fr: 'Nom', nl: 'Naam' },
      required: true,
    });
    expect(retype(field, 'multiple-choice').options).toHaveLength(1);
  });

  it('lists the texts missing in an offered language, with their paths', () => {
    expect(missingTexts(draft(), ['fr', 'nl']).map((gap) => gap.path.join('.'))).toEqual([
      'pages.0.title.nl',
      'pages.0.sections.0.fields.1.options.0.label.nl',
    ]);
  });

  it('gives texts with their fallback, removes emptied ones, finds free keys', () => {
    expect(textIn({ fr: 'Nom' }, 'nl', 'fr')).toEqual({ text: 'Nom', missing: true });
    expect(textIn({ fr: 'Nom', nl: 'Naam' }, 'nl', 'fr')).toEqual({ text: 'Naam', missing: false });
    expect(withText({ fr: 'Nom', nl: 'Naam' }, 'nl', ' ')).toEqual({ fr: 'Nom' });
    expect(freshKey(draft(), 'name')).toBe('name2');
    expect(freshKey(draft(), 'field')).toBe('field');
  });
});
