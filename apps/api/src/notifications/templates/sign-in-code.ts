import { mailTexts } from './catalogue.ts';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface SignInCodeInput {
  code: string;
  validMinutes: number;
}

/** The one-time code a citizen or staff member types to sign in. */
export function renderSignInCode(brand: MailBrand, input: SignInCodeInput): RenderedMail {
  const texts = mailTexts[brand.lang].signInCode;
  const duration = new Intl.NumberFormat(brand.lang, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(input.validMinutes);
  return renderMail(brand, {
    subject: texts.subject(brand.communeName),
    blocks: [
      { kind: 'heading', text: texts.heading },
      { kind: 'paragraph', text: texts.intro },
      { kind: 'code', text: input.code },
      { kind: 'paragraph', text: `${texts.validity(duration)} ${texts.neverShare}` },
      { kind: 'note', text: texts.notYou },
    ],
  });
}
