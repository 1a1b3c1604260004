import type { Screen } from './screen.ts';

/**
 * The screens loaded on first use, each its own content-hashed chunk: signing in stays light, and
 * the QR code library only loads for the person who enrols.
 */
export function loadScreenModule(screen: Screen): Promise<unknown> | undefined {
  switch (screen.kind) {
    case 'enrol':
      return import('../sign-in/admin-totp-enrolment.ts');
    case 'invitation':
      return import('../invitations/admin-invitation.ts');
    case 'section':
      switch (screen.section) {
        case 'staff':
          return import('../staff/admin-staff.ts');
        case 'audit-log':
          return import('../audit/admin-audit-log.ts');
        case 'families':
          return import('../families/admin-families.ts');
        case 'stages':
          return import('../stages/admin-stages.ts');
        case 'payments':
          return import('../payments/admin-payments.ts');
        case 'event-requests':
          return import('../events/admin-event-requests.ts');
        case 'forms':
          return import('../forms/admin-forms.ts');
        case 'overview':
          return undefined;
      }
      return undefined;
    default:
      return undefined;
  }
}
