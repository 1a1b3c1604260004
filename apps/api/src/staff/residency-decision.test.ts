import { describe, expect, it } from 'vitest';
import { decideResidency } from './residency-decision.ts';

describe('residency decisions', () => {
  it('confirms the declaration when staff find the same', () => {
    expect(
      decideResidency({ residency: 'declared_resident', residencyStatus: 'declared' }, 'declared_resident'),
    ).toEqual({ residency: 'declared_resident', residencyStatus: 'confirmed' });
  });

  it('corrects it when staff find otherwise', () => {
    expect(
      decideResidency(
        { residency: 'declared_resident', residencyStatus: 'declared' },
        'declared_non_resident',
      ),
    ).toEqual({ residency: 'declared_non_resident', residencyStatus: 'corrected' });
  });

  it('keeps a correction a correction when decided again, and goes back to confirmed when undone', () => {
    const corrected = { residency: 'declared_non_resident', residencyStatus: 'corrected' } as const;
    expect(decideResidency(corrected, 'declared_non_resident')).toEqual(corrected);
    expect(decideResidency(corrected, 'declared_resident')).toEqual({
      residency: 'declared_resident',
      residencyStatus: 'confirmed',
    });
    const confirmed = { residency: 'declared_resident', residencyStatus: 'confirmed' } as const;
    expect(decideResidency(confirmed, 'declared_non_resident').residencyStatus).toBe('corrected');
  });
});
