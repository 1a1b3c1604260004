import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Mailer } from '../notifications/mailer.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderSignInCode } from '../notifications/templates/sign-in-code.ts';
import { mailingTenant, tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';

/** The header a widget names its commune with; the sign-in code mail carries that commune's brand. */
export const TENANT_HEADER = 'x-communa-tenant';

export interface SignInCodeRequest {
  email: string;
  otp: string;
  /** better-auth's purpose of the code; citizens only ever get `sign-in` codes. */
  type: string;
  /** The headers of the request that asked for the code. */
  headers: Headers | undefined;
}

export interface SignInCodeSenderOptions {
  mailer: Mailer;
  tenants: TenantDirectory;
  logger: Logger;
  validMinutes: number;
  /** For a back-office code (no commune named): a commune the address is staff of, to brand the mail. */
  staffCommuneOf: (email: string) => Promise<string | undefined>;
}

/**
 * Mails a sign-in code in the commune's colours and in the language the widget shows
 * (`Accept-Language`, kept to the commune's languages). The commune was checked before better-auth
 * ran (send-code-guard.ts); it is looked up again here from the cache. better-auth answers success
 * whatever happens here (so the answer reveals nothing about the address): failures are logged,
 * and the citizen asks for another code.
 */
export function createSignInCodeSender(options: SignInCodeSenderOptions) {
  return async (request: SignInCodeRequest): Promise<void> => {
    if (request.type !== 'sign-in') {
      options.logger.warn({ type: request.type }, 'only sign-in codes are mailed');
      return;
    }
    const slug = request.headers?.get(TENANT_HEADER) || (await options.staffCommuneOf(request.email));
    const tenant = slug ? await options.tenants.resolve(slug) : undefined;
    if (!tenant) {
      options.logger.info('sign-in code asked for no known commune, or back-office code for no staff');
      return;
    }
    const lang = mailLanguage(tenant.publicConfig, request.headers?.get('accept-language'));
    const result = await options.mailer.send(mailingTenant(tenant), {
      to: request.email,
      // Each code is its own message; hashed so neither the address nor the code leaves in the key.
      idempotencyKey: `sign-in-code/${digest(`${tenant.slug}/${request.email}/${request.otp}`)}`,
      content: renderSignInCode(tenantMailBrand(tenant, lang), {
        code: request.otp,
        validMinutes: options.validMinutes,
      }),
      tags: [{ name: 'kind', value: 'sign-in-code' }],
    });
    if (!result.ok) {
      options.logger.warn({ tenant: tenant.slug, failure: result.failure.code }, 'sign-in code not sent');
    }
  };
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
