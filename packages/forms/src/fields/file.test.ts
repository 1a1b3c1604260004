import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

describe('file fields', () => {
  const form = formWith(
    { key: 'photos', type: 'file', label: { fr: 'Photos' }, accept: ['image/*'], maxSize: 1000, maxFiles: 2 },
    {
      key: 'plan',
      type: 'file',
      label: { fr: 'Plan' },
      accept: ['application/pdf'],
      maxSize: 5000,
      required: true,
    },
  );
  const plan = [{ name: 'plan.pdf', type: 'application/pdf', size: 5000, id: 'upload-1' }];

  it('accepts files whose metadata fits, with type in lower case', () => {
    const photos = [
      { name: 'a.jpg', type: 'IMAGE/JPEG', size: 1000 },
      { name: 'b.png', type: 'image/png', size: 0 },
    ];
    expect(validateAnswers(form, { photos, plan }, { today })).toMatchObject({
      ok: true,
      value: { photos: [{ name: 'a.jpg', type: 'image/jpeg', size: 1000 }, photos[1]], plan },
    });
  });

  it('checks type, size and count of files', () => {
    expect(
      errorsOf(
        validateAnswers(
          form,
          { plan: [{ name: 'plan.docx', type: 'application/msword', size: 10 }] },
          { today },
        ),
      ),
    ).toEqual(['plan.0.type file_type']);
    expect(
      errorsOf(
        validateAnswers(
          form,
          { plan: [{ name: 'plan.pdf', type: 'application/pdf', size: 5001 }] },
          { today },
        ),
      ),
    ).toEqual(['plan.0.size file_too_large']);
    expect(errorsOf(validateAnswers(form, { plan: [...plan, ...plan] }, { today }))).toEqual([
      'plan too_many_files',
    ]);
    expect(errorsOf(validateAnswers(form, { plan: [] }, { today }))).toEqual(['plan required']);
  });

  it('refuses metadata of the wrong shape', () => {
    expect(
      errorsOf(
        validateAnswers(form, { plan: [{ name: 'plan.pdf', type: 'application/pdf', size: -1 }] }, { today }),
      ),
    ).toEqual(['plan.0 invalid_type']);
    expect(
      errorsOf(validateAnswers(form, { plan: [{ ...plan[0], path: '/etc/passwd' }] }, { today })),
    ).toEqual(['plan.0 invalid_type']);
    expect(errorsOf(validateAnswers(form, { plan: plan[0] }, { today }))).toEqual(['plan invalid_type']);
  });
});
