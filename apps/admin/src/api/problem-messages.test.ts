import { describe, expect, it } from 'vitest';
import { problemCode } from './api-result.ts';
import { problemMessage } from './problem-messages.ts';

describe('problem messages', () => {
  it('explains the staff API’s codes', () => {
    expect(problemMessage('last_admin')).toBe('errLastAdmin');
    expect(problemMessage('already_invited')).toBe('errAlreadyInvited');
    expect(problemMessage('second_factor_enrolment_required')).toBe('errSecondFactor');
    expect(problemMessage('invalid_email_or_password')).toBe('errCredentials');
    expect(problemMessage('household_not_found')).toBe('errHouseholdNotFound');
    expect(problemMessage('cross_site_request')).toBe('errCrossSite');
  });

  it('says an unknown code is a problem on our side', () => {
    expect(problemMessage('something_new')).toBe('errServer');
  });
});

describe('problemCode', () => {
  it('reads the problem+json code, else derives one from the status', () => {
    expect(problemCode({ code: 'last_admin', status: 409 }, 409)).toBe('last_admin');
    expect(problemCode(undefined, 401)).toBe('unauthorized');
    expect(problemCode({ message: 'x' }, 429)).toBe('rate_limited');
    expect(problemCode('oops', 502)).toBe('server_error');
  });
});
