import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { Households, Residency, ResidencyDecision } from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';

export function listHouseholds(tenant: string): Promise<ApiResult<Households>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/households', { params: { path: { tenant } } }));
}

/** Records what the commune found: the declared residency confirms it, the other corrects it. */
export function decideResidency(
  tenant: string,
  householdId: string,
  residency: Residency,
): Promise<ApiResult<ResidencyDecision>> {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/households/{householdId}/residency', {
      params: { path: { tenant, householdId } },
      body: { residency },
    }),
  );
}

/** A child's childcare attestation (form 281.86) for what the household paid in `year`, as a PDF. */
export function childcareAttestation(
  tenant: string,
  householdId: string,
  childId: string,
  year: number,
  lang: Language,
): Promise<ApiResult<Blob>> {
  return settle(
    api.GET(
      '/v1/admin/tenants/{tenant}/households/{householdId}/children/{childId}/childcare-attestations/{year}',
      {
        params: { path: { tenant, householdId, childId, year }, query: { lang } },
        parseAs: 'blob',
      },
    ),
  );
}
