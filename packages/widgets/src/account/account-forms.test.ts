import { describe, expect, it } from 'vitest';
import {
  associationField,
  brusselsToday,
  checkAssociation,
  checkChild,
  checkCoParentInvitation,
  checkHousehold,
} from './account-forms.ts';

const today = '2026-07-01';
const child = { firstName: 'Lou', lastName: 'Parent', birthDate: '14/05/2018', niss: '' };
const codes = (problems: { field: string; code: string }[]) => problems.map((p) => [p.field, p.code]);

describe('checkChild', () => {
  it('accepts a child with or without a NISS that matches the birth date', () => {
    expect(checkChild(child, today)).toEqual([]);
    expect(checkChild({ ...child, niss: '18.05.14-123.93' }, today)).toEqual([]);
  });

  it('names the same errors as the server', () => {
    expect(codes(checkChild({ ...child, niss: '18051412394' }, today))).toEqual([['niss', 'niss_checksum']]);
    expect(codes(checkChild({ ...child, birthDate: '15/05/2018', niss: '18051412393' }, today))).toEqual([
      ['niss', 'niss_birth_date_mismatch'],
    ]);
    expect(codes(checkChild({ ...child, birthDate: '02/07/2026' }, today))).toEqual([
      ['birthDate', 'birth_date_in_future'],
    ]);
    expect(codes(checkChild({ ...child, birthDate: '30/06/2001' }, today))).toEqual([
      ['birthDate', 'birth_date_too_old'],
    ]);
    expect(codes(checkChild({ firstName: ' ', lastName: '', birthDate: '', niss: '' }, today))).toEqual([
      ['firstName', 'required'],
      ['lastName', 'required'],
      ['birthDate', 'required'],
    ]);
  });
});

describe('checkHousehold', () => {
  const address = {
    street: 'Rue Léopold',
    number: '12',
    box: '',
    postalCode: '4000',
    city: 'Liège',
    country: 'BE',
    phone: '',
  };

  it('asks for the required fields and a Belgian postal code in Belgium only', () => {
    expect(checkHousehold(address)).toEqual([]);
    expect(codes(checkHousehold({ ...address, street: '', postalCode: '400' }))).toEqual([
      ['street', 'required'],
      ['postalCode', 'postal_code_format'],
    ]);
    expect(checkHousehold({ ...address, postalCode: '75001', country: 'FR' })).toEqual([]);
  });
});

describe('checkCoParentInvitation', () => {
  it('asks for at least one child and an e-mail address, in the order of the form', () => {
    expect(checkCoParentInvitation({ childIds: ['a'], email: ' other@example.be ' })).toEqual([]);
    expect(codes(checkCoParentInvitation({ childIds: [], email: '' }))).toEqual([
      ['childIds', 'required'],
      ['email', 'required'],
    ]);
    expect(codes(checkCoParentInvitation({ childIds: ['a'], email: 'other@example' }))).toEqual([
      ['email', 'invalid_format'],
    ]);
  });
});

describe('brusselsToday', () => {
  it('takes the day in Brussels, not in UTC', () => {
    expect(brusselsToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('checkAssociation', () => {
  const association = {
    name: 'Comité Saint-Gilles',
    companyNumber: '0403.170.701',
    street: 'Rue Saint-Gilles',
    number: '12',
    box: '',
    postalCode: '4000',
    city: 'Liège',
    country: 'BE',
    contactName: 'Claire Renard',
    contactEmail: 'claire@example.be',
    contactPhone: '',
  };

  it('accepts a registered or a de facto association', () => {
    expect(checkAssociation(association)).toEqual([]);
    expect(checkAssociation({ ...association, companyNumber: '' })).toEqual([]);
  });

  it('checks the company number with its checksum, and the rest as the server does', () => {
    expect(codes(checkAssociation({ ...association, companyNumber: '0403.170.702' }))).toEqual([
      ['companyNumber', 'company_number_checksum'],
    ]);
    expect(
      codes(checkAssociation({ ...association, name: '', postalCode: '999', contactEmail: 'claire' })),
    ).toEqual([
      ['name', 'required'],
      ['postalCode', 'postal_code_format'],
      ['contactEmail', 'invalid_format'],
    ]);
  });

  it('names the server’s field paths as the form’s fields', () => {
    expect(associationField('address.postalCode')).toBe('postalCode');
    expect(associationField('contact.phone')).toBe('contactPhone');
    expect(associationField('companyNumber')).toBe('companyNumber');
  });
});
