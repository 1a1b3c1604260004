import type { households } from '@communa/db';
import type { Residency } from '../households/household-rules.ts';

type ResidencyStatus = (typeof households.$inferSelect)['residencyStatus'];

const other = (residency: Residency): Residency =>
  residency === 'declared_resident' ? 'declared_non_resident' : 'declared_resident';

/**
 * Staff's finding against what the family declared. The row keeps the current residency and its
 * status; what the family declared is the current one unless staff corrected it (then the other).
 * The finding confirms the declaration or corrects it, however many times staff decide.
 */
export function decideResidency(
  current: { residency: Residency; residencyStatus: ResidencyStatus },
  found: Residency,
): { residency: Residency; residencyStatus: 'confirmed' | 'corrected' } {
  const declared = current.residencyStatus === 'corrected' ? other(current.residency) : current.residency;
  return { residency: found, residencyStatus: found === declared ? 'confirmed' : 'corrected' };
}
