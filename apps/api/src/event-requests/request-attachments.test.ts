import { parseFormDefinition } from '@communa/forms';
import { describe, expect, it } from 'vitest';
import { fileAnswers } from '../forms/file-fields.ts';
import { missingAttachments } from './request-attachments.ts';

const parsed = parseFormDefinition({
  key: 'event-test',
  version: 1,
  title: { fr: 'Test' },
  pages: [
    {
      title: { fr: 'Page' },
      sections: [
        {
          fields: [
            {
              key: 'site-plan',
              type: 'file',
              label: { fr: 'Plan' },
              accept: ['application/pdf'],
              maxSize: 1000,
            },
            { key: 'photos', type: 'file', label: { fr: 'Photos' }, accept: ['image/*'], maxSize: 1000 },
          ],
        },
      ],
    },
  ],
});
if (!parsed.ok) throw new Error('invalid test definition');
const definition = parsed.definition;
const attachment = (key: string) => ({ key, label: { fr: key }, accept: ['application/pdf'], maxSizeMb: 1 });
const plan = [{ name: 'plan.pdf', type: 'application/pdf', size: 10, id: 'upload-1' }];

describe('missing attachments', () => {
  it('asks for each attachment the form has a file field for, even when the form leaves it optional', () => {
    expect(missingAttachments(definition, [attachment('site-plan')], fileAnswers(definition, {}))).toEqual([
      { path: 'answers.site-plan', code: 'required', message: 'The site-plan is to be attached' },
    ]);
  });

  it('is satisfied by one file in the field, and leaves to the commune what the form cannot take', () => {
    const files = fileAnswers(definition, { 'site-plan': plan });
    expect(missingAttachments(definition, [attachment('site-plan'), attachment('insurance')], files)).toEqual(
      [],
    );
  });
});
