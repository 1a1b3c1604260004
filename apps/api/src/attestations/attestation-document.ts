import type { Transaction } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import { localize } from '@communa/tenant-config';
import { addressLine } from '../households/address-line.ts';
import { brusselsToday } from '../households/child-rules.ts';
import { findChildOfHousehold } from '../households/household-store.ts';
import { ProblemError } from '../problems/problem.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { AttestationDocument } from './attestation-pdf.ts';
import { childcareAttestation } from './attestation-rules.ts';
import { attestationSettingsOf, attestedEnrolments, debtorOf } from './attestation-store.ts';
import { attestationProblems } from './errors.ts';

/**
 * What a household paid for a child's stages in one year, as the attestation states it; 404 for a
 * child not of the household, 409 when the commune issues none or there is nothing to attest.
 */
export async function readAttestationDocument(
  tx: Transaction,
  request: {
    tenant: ResolvedTenant;
    householdId: string;
    childId: string;
    year: number;
    language: Language;
    now: Date;
  },
): Promise<AttestationDocument> {
  const { tenant, householdId, childId, year, language } = request;
  const [child, settings, debtor, enrolments] = await Promise.all([
    findChildOfHousehold(tx, tenant.id, householdId, childId),
    attestationSettingsOf(tx, tenant.id),
    debtorOf(tx, tenant.id, householdId),
    attestedEnrolments(tx, tenant.id, householdId, childId, year),
  ]);
  if (!child || !debtor) throw new ProblemError(attestationProblems.childNotFound);
  if (!settings) throw new ProblemError(attestationProblems.notIssued);
  const fallback = tenant.publicConfig.languages.default;
  const attestation = childcareAttestation({
    year,
    birthDate: child.birthDate,
    dailyCapCents: settings.dailyCapCents,
    enrolments: enrolments.map((enrolment) => ({
      ...enrolment,
      stageTitle: localize(enrolment.stageTitle, language, fallback),
    })),
  });
  if (attestation.periods.length === 0) throw new ProblemError(attestationProblems.nothingToAttest);
  const config = tenant.publicConfig;
  return {
    language,
    commune: {
      name: localize(config.name, language, fallback),
      address: addressLine(config.contact.address),
      signatory: settings.signatory,
      dailyCapCents: settings.dailyCapCents,
    },
    child,
    debtor: {
      names: debtor.guardians.map((guardian) => guardian.name || guardian.email).join(', '),
      address: addressLine(debtor),
    },
    attestation,
    issuedOn: brusselsToday(request.now),
  };
}
