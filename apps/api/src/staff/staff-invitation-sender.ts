import type { Logger } from 'pino';
import type { Mailer } from '../notifications/mailer.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderStaffInvitation, staffRoleName } from '../notifications/templates/staff-invitation.ts';
import { mailingTenant, tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { parseRoles } from './staff-roles.ts';

export interface StaffInvitationMail {
  invitationId: string;
  email: string;
  role: string;
  organizationSlug: string;
  inviterName: string;
  expiresAt: Date;
  /** Headers of the admin's request: the mail goes in the language the admin works in. */
  headers: Headers | undefined;
}

/** The back-office page where an invitation is accepted. */
export function invitationUrl(publicUrl: string, invitationId: string): string {
  return new URL(`/admin/invitations/${encodeURIComponent(invitationId)}`, publicUrl).toString();
}

/** Mails an invitation in the commune's colours; failures are logged (the admin can invite again). */
export function createStaffInvitationSender(options: {
  mailer: Mailer;
  tenants: TenantDirectory;
  logger: Logger;
  publicUrl: string;
}) {
  return async (mail: StaffInvitationMail): Promise<void> => {
    const tenant = await options.tenants.resolve(mail.organizationSlug);
    if (!tenant) return;
    const lang = mailLanguage(tenant.publicConfig, mail.headers?.get('accept-language'));
    const brand = tenantMailBrand(tenant, lang);
    const result = await options.mailer.send(mailingTenant(tenant), {
      to: mail.email,
      idempotencyKey: `staff-invitation/${mail.invitationId}`,
      content: renderStaffInvitation(brand, {
        inviterName: mail.inviterName,
        roles: parseRoles(mail.role).map((role) => staffRoleName(lang, role)),
        acceptUrl: invitationUrl(options.publicUrl, mail.invitationId),
        expiresAt: mail.expiresAt,
      }),
      tags: [{ name: 'kind', value: 'staff-invitation' }],
    });
    if (!result.ok) {
      options.logger.warn({ tenant: tenant.slug, failure: result.failure.code }, 'staff invitation not sent');
    }
  };
}
