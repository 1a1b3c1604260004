import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createStructuredCommunication,
  formatStructuredCommunication,
  parseStructuredCommunication,
} from './structured-communication.ts';

describe('parseStructuredCommunication', () => {
  it('accepts the +++ and *** notations and bare digits', () => {
    for (const input of [
      '+++123/4567/89002+++',
      '***123/4567/89002***',
      '123456789002',
      ' +++ 123 4567 89002 +++ ',
    ]) {
      expect(parseStructuredCommunication(input)).toEqual({ ok: true, value: '123456789002' });
    }
  });

  it('writes a remainder of 0 as 97', () => {
    expect(parseStructuredCommunication('+++097/0000/00097+++')).toEqual({ ok: true, value: '097000000097' });
    expect(parseStructuredCommunication('097000000000')).toEqual({
      ok: false,
      code: 'structured_communication_checksum',
    });
  });

  it('rejects a wrong check', () => {
    expect(parseStructuredCommunication('+++123/4567/89003+++')).toEqual({
      ok: false,
      code: 'structured_communication_checksum',
    });
  });

  it('rejects malformed input', () => {
    for (const input of [
      '',
      '+++123/4567/8900+++',
      '+++123/4567/89002***',
      '12345678900A',
      '++123/4567/89002++',
    ]) {
      expect(parseStructuredCommunication(input)).toEqual({
        ok: false,
        code: 'structured_communication_format',
      });
    }
  });
});

describe('createStructuredCommunication', () => {
  it('appends the check digits', () => {
    expect(createStructuredCommunication('1234567890')).toEqual({ ok: true, value: '123456789002' });
    expect(createStructuredCommunication('0970000000')).toEqual({ ok: true, value: '097000000097' });
  });

  it('refuses a base that is not 10 digits', () => {
    expect(createStructuredCommunication('123')).toEqual({
      ok: false,
      code: 'structured_communication_format',
    });
  });
});

describe('formatStructuredCommunication', () => {
  it('writes +++XXX/XXXX/XXXXX+++', () => {
    expect(formatStructuredCommunication('123456789002')).toBe('+++123/4567/89002+++');
  });
});

describe('structured communication properties', () => {
  it('creates communications that validate and round-trip through the format', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (base) => {
        const created = createStructuredCommunication(base);
        if (!created.ok) throw new Error(`could not create from ${base}`);
        expect(parseStructuredCommunication(formatStructuredCommunication(created.value))).toEqual(created);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof parseStructuredCommunication(input).ok).toBe('boolean');
        expect(typeof createStructuredCommunication(input).ok).toBe('boolean');
      }),
    );
  });
});
