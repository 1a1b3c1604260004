import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { HealthSheetContent } from '../health-sheet-schemas.ts';

/** A complete, valid sheet; the allergy is a string the raw stored bytes must never contain. */
export const validSheet: HealthSheetContent = {
  allergies: 'Arachides-ZX81 (choc anaphylactique)',
  dietaryNeeds: 'Sans porc',
  treatments: [{ medication: 'EpiPen 0,15 mg', dose: '1 injection', when: 'En cas de réaction' }],
  doctor: { name: 'Dr Lambert', phone: '+32 4 222 33 44' },
  collectors: [{ name: 'Marie Dupont', phone: '+32 470 11 22 33', relation: 'Grand-mère' }],
  photoConsent: false,
  remarks: 'Timide le premier jour',
};

/** A parent's request on their child's health sheet, with a bearer token as the widget sends it. */
export function healthSheetCall(kit: AuthTestKit) {
  return (token: string, tenant: string, childId: string, body?: unknown) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me/household/children/${childId}/health-sheet`, {
      method: body === undefined ? 'GET' : 'PUT',
      headers: { ...kit.withBearer(token), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}
