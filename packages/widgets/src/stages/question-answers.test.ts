import { describe, expect, it } from 'vitest';
import { childAnswerErrors, enrolmentRequest } from './question-answers.ts';

const lea = '0b7c6e52-9d1e-4f0a-8a55-2f1d3c4b5a69';
const tom = '7d1f0c2a-3b4e-4c5d-8e6f-9a0b1c2d3e4f';

describe('childAnswerErrors', () => {
  it('gives each error of answers.<childId>.<field> back to its child, with the path inside its answers', () => {
    expect(
      childAnswerErrors(
        [
          { path: `answers.${lea}.swimmingLevel`, code: 'required', message: 'Required' },
          { path: `answers.${tom}.people.1.birthDate`, code: 'invalid_date', message: 'Not a date' },
        ],
        [lea, tom],
      ),
    ).toEqual([
      { childId: lea, path: 'swimmingLevel', code: 'required', message: 'Required' },
      { childId: tom, path: 'people.1.birthDate', code: 'invalid_date', message: 'Not a date' },
    ]);
  });

  it('keeps an error about a child’s answers as a whole, with an empty path', () => {
    expect(
      childAnswerErrors([{ path: `answers.${lea}`, code: 'unknown_field', message: 'x' }], [lea]),
    ).toEqual([{ childId: lea, path: '', code: 'unknown_field', message: 'x' }]);
  });

  it('leaves out errors about anything else, or about a child not asked', () => {
    expect(
      childAnswerErrors(
        [
          { path: 'childIds.0', code: 'already_enrolled', message: 'x' },
          { path: 'answers', code: 'custom', message: 'x' },
          { path: `answers.${tom}.tshirt`, code: 'required', message: 'x' },
        ],
        [lea],
      ),
    ).toEqual([]);
  });
});

describe('enrolmentRequest', () => {
  it('sends no answers for a stage without questions: the request as before', () => {
    const request = enrolmentRequest('s1', [lea, tom], true, undefined);
    expect(request).toEqual({ sessionId: 's1', childIds: [lea, tom], allOrNone: true });
    expect('answers' in request).toBe(false);
  });

  it('sends each asked child’s answers, keyed by child id, an unanswered child as no answers', () => {
    const answers = new Map([
      [lea, { swimmingLevel: 'alone' }],
      ['someone-else', { swimmingLevel: 'none' }],
    ]);
    expect(enrolmentRequest('s1', [lea, tom], false, answers)).toEqual({
      sessionId: 's1',
      childIds: [lea, tom],
      allOrNone: false,
      answers: { [lea]: { swimmingLevel: 'alone' }, [tom]: {} },
    });
  });
});
