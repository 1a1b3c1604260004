import { describe, expect, it } from 'vitest';
import { fieldErrorKey } from './account-fields.ts';

describe('fieldErrorKey', () => {
  it('chooses one message per kind of problem, for our codes and the server’s alike', () => {
    expect(fieldErrorKey('required', 'street')).toBe('errorRequired');
    expect(fieldErrorKey('too_small', 'street')).toBe('errorRequired');
    expect(fieldErrorKey('postal_code_range', 'postalCode')).toBe('errorPostalCode');
    expect(fieldErrorKey('phone_invalid', 'phone')).toBe('errorPhone');
    expect(fieldErrorKey('niss_checksum', 'niss')).toBe('errorNiss');
    expect(fieldErrorKey('niss_birth_date_mismatch', 'niss')).toBe('errorNissMismatch');
    expect(fieldErrorKey('invalid_format', 'birthDate')).toBe('errorBirthDate');
    expect(fieldErrorKey('birth_date_too_old', 'birthDate')).toBe('errorBirthDateOld');
    expect(fieldErrorKey('invalid_format', 'country')).toBe('errorField');
    expect(fieldErrorKey('invalid_format', 'email')).toBe('errorEmail');
    expect(fieldErrorKey('required', 'childIds')).toBe('errorShareChildren');
    expect(fieldErrorKey('too_small', 'childIds')).toBe('errorShareChildren');
  });

  it('speaks of the health sheet’s own fields as the server names them', () => {
    expect(fieldErrorKey('too_small', 'collectors.0.phone')).toBe('errorPhone');
    expect(fieldErrorKey('required', 'collectors.0.phone')).toBe('errorRequired');
    expect(fieldErrorKey('too_small', 'collectors.1.name')).toBe('errorRequired');
    expect(fieldErrorKey('too_small', 'collectors')).toBe('errorCollectorNeeded');
    expect(fieldErrorKey('invalid_type', 'photoConsent')).toBe('errorPhotoConsent');
    expect(fieldErrorKey('too_big', 'allergies')).toBe('errorTooLong');
  });
});
