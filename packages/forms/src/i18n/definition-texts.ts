import type { FormDefinition } from '../definition/form-schema.ts';
import type { Field } from '../fields/field-schema.ts';
import type { LocalizedText } from './localized-text.ts';

export type PlacedText = { path: (string | number)[]; text: LocalizedText };

const optional = (text: LocalizedText | undefined, path: (string | number)[]): PlacedText[] =>
  text === undefined ? [] : [{ path, text }];

const fieldTexts = (field: Field, path: (string | number)[]): PlacedText[] => [
  { path: [...path, 'label'], text: field.label },
  ...optional(field.help, [...path, 'help']),
  ...(field.type === 'single-choice' || field.type === 'multiple-choice'
    ? field.options.flatMap((option, index) => [
        { path: [...path, 'options', index, 'label'], text: option.label },
        ...optional(option.help, [...path, 'options', index, 'help']),
      ])
    : []),
  ...(field.type === 'consent' ? [{ path: [...path, 'text'], text: field.text }] : []),
  ...(field.type === 'group'
    ? [
        ...optional(field.itemLabel, [...path, 'itemLabel']),
        ...field.fields.flatMap((child, index) => fieldTexts(child, [...path, 'fields', index])),
      ]
    : []),
];

/** Every text a commune writes in a form, with its path in the definition. */
export const definitionTexts = (definition: FormDefinition): PlacedText[] => [
  { path: ['title'], text: definition.title },
  ...optional(definition.description, ['description']),
  ...definition.pages.flatMap((page, pageIndex) => [
    { path: ['pages', pageIndex, 'title'], text: page.title },
    ...optional(page.description, ['pages', pageIndex, 'description']),
    ...page.sections.flatMap((section, sectionIndex) => {
      const path = ['pages', pageIndex, 'sections', sectionIndex];
      return [
        ...optional(section.title, [...path, 'title']),
        ...optional(section.description, [...path, 'description']),
        ...section.fields.flatMap((field, fieldIndex) => fieldTexts(field, [...path, 'fields', fieldIndex])),
      ];
    }),
  ]),
  ...definition.computed.map((value, index) => ({ path: ['computed', index, 'label'], text: value.label })),
];
