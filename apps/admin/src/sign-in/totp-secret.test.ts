import { describe, expect, it } from 'vitest';
import { groupSecret, totpSecret } from './totp-secret.ts';

describe('totpSecret', () => {
  it('reads the secret of an otpauth URI', () => {
    expect(
      totpSecret('otpauth://totp/Communa:admin%40liege.communa.test?secret=JBSWY3DPEHPK3PXP&issuer=Communa'),
    ).toBe('JBSWY3DPEHPK3PXP');
  });

  it('gives nothing for something else', () => {
    expect(totpSecret('not a uri')).toBe('');
    expect(totpSecret('otpauth://totp/Communa')).toBe('');
  });
});

describe('groupSecret', () => {
  it('groups by four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });
});
