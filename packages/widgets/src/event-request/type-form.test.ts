import type { FormDefinition } from '@communa/forms';
import { describe, expect, it } from 'vitest';
import { typeForm } from './type-form.ts';

const file = (key: string) => ({
  key,
  type: 'file' as const,
  required: false,
  label: { fr: key },
  accept: ['application/pdf'],
  maxSize: 1_048_576,
  maxFiles: 1,
});

const definition = {
  access: 'signed-in',
  title: { fr: 'Événement' },
  pages: [
    {
      title: { fr: 'L’événement' },
      sections: [
        { fields: [{ key: 'programme', type: 'long-text', required: true, label: { fr: 'Programme' } }] },
      ],
    },
    {
      title: { fr: 'Documents' },
      sections: [{ fields: [file('site-plan'), file('route-map'), file('insurance')] }],
    },
  ],
} as unknown as FormDefinition;

const keysOf = (form: FormDefinition) =>
  form.pages.map((page) => page.sections.flatMap((section) => section.fields.map((field) => field.key)));

describe('typeForm', () => {
  it('keeps the file fields of the type’s attachments, each required', () => {
    const form = typeForm(definition, [{ key: 'insurance' }, { key: 'site-plan' }]);
    expect(keysOf(form)).toEqual([['programme'], ['site-plan', 'insurance']]);
    expect(form.pages[1]?.sections[0]?.fields.map((field) => field.required)).toEqual([true, true]);
    expect(definition.pages[1]?.sections[0]?.fields[0]?.required).toBe(false);
  });

  it('drops the documents page of a type that asks for none', () => {
    expect(keysOf(typeForm(definition, []))).toEqual([['programme']]);
  });
});
