import { describe, expect, it } from 'vitest';
import { residenceCertificate } from '../testing/example-forms.ts';
import { definitionOf, formWith } from '../testing/parse.ts';
import { labelOf, localizeDefinition } from './localize-definition.ts';
import { missingTranslations } from './missing-translations.ts';

const definition = definitionOf(residenceCertificate);

describe('missingTranslations', () => {
  it('lists each text without an offered language, with its path', () => {
    expect(missingTranslations(definition, ['fr', 'nl'])).toEqual([]);
    const missing = missingTranslations(definition, ['fr', 'de']);
    expect(missing).toContainEqual({ path: ['title', 'de'], language: 'de' });
    expect(missing).toContainEqual({
      path: ['pages', 1, 'sections', 0, 'fields', 0, 'options', 1, 'label', 'de'],
      language: 'de',
    });
    expect(missing).toContainEqual({
      path: ['pages', 2, 'sections', 0, 'fields', 0, 'text', 'de'],
      language: 'de',
    });
    expect(missing).toContainEqual({ path: ['computed', 0, 'label', 'de'], language: 'de' });
    expect(missing.every(({ language }) => language === 'de')).toBe(true);
  });

  it('covers help texts, group fields and item labels', () => {
    const form = formWith({
      key: 'people',
      type: 'group',
      label: { fr: 'Personnes', nl: 'Personen' },
      help: { fr: 'Aide' },
      itemLabel: { nl: 'Persoon' },
      max: 2,
      fields: [{ key: 'name', type: 'short-text', label: { fr: 'Nom' } }],
    });
    expect(missingTranslations(form, ['fr', 'nl']).map(({ path }) => path.join('.'))).toEqual([
      'title.nl',
      'pages.0.title.nl',
      'pages.0.sections.0.fields.0.help.nl',
      'pages.0.sections.0.fields.0.itemLabel.fr',
      'pages.0.sections.0.fields.0.fields.0.label.nl',
    ]);
  });
});

describe('localizeDefinition', () => {
  it('replaces every text by the one in the language, falling back to the default language', () => {
    const nl = localizeDefinition(definition, 'nl', 'fr');
    expect(nl.title).toBe('Aanvraag getuigschrift van woonst');
    expect(nl.pages[1]?.sections[0]?.fields[0]).toMatchObject({
      label: 'Soort getuigschrift',
      options: [
        { value: 'simple', label: 'Enkelvoudige woonst' },
        { value: 'history', label: 'Met adreshistoriek' },
      ],
    });
    const de = localizeDefinition(definition, 'de', 'fr');
    expect(de.pages[0]?.title).toBe('Demandeur');
  });

  it('is typed with texts as strings', () => {
    const field = localizeDefinition(definition, 'nl', 'fr').pages[1]?.sections[0]?.fields[0];
    const labels: string[] =
      field?.type === 'single-choice' ? field.options.map((option) => option.label) : [];
    const help: string | undefined = field?.help;
    expect([labels, help]).toEqual([['Enkelvoudige woonst', 'Met adreshistoriek'], undefined]);
  });

  it('leaves conditions and expressions as they are, even with option values named like texts', () => {
    const nl = localizeDefinition(definition, 'nl', 'fr');
    expect(nl.pages[1]?.sections[0]?.fields[3]?.showIf).toEqual({
      op: 'equals',
      field: 'delivery',
      value: 'post',
    });
    expect(nl.computed[0]?.expression).toEqual(definition.computed[0]?.expression);
  });
});

describe('labelOf', () => {
  it('falls back to the default language, then to any text', () => {
    expect(labelOf({ fr: 'Nom', nl: 'Naam' }, 'nl', 'fr')).toBe('Naam');
    expect(labelOf({ fr: 'Nom' }, 'de', 'fr')).toBe('Nom');
    expect(labelOf({ en: 'Name' }, 'de', 'fr')).toBe('Name');
  });
});
