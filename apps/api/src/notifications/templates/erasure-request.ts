import type { Language } from '@communa/tenant-config';
import { mailTexts } from './catalogue.ts';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

/** Who asks, and what the commune holds about them, as the data protection officer needs it. */
export interface ErasureRequestFacts {
  requestedAt: Date;
  userId: string;
  email: string;
  name: string;
  householdId: string | null;
  childrenCount: number;
}

/** The request, for the commune's data protection officer (in the commune's default language). */
export function renderErasureRequestToDpo(brand: MailBrand, facts: ErasureRequestFacts): RenderedMail {
  const texts = mailTexts[brand.lang].erasureRequestToDpo;
  const lines = [
    `${texts.requestedAt}: ${formatInstant(brand.lang, facts.requestedAt)}`,
    `${texts.userId}: ${facts.userId}`,
    `${texts.email}: ${facts.email}`,
    `${texts.name}: ${facts.name || '—'}`,
    `${texts.household}: ${facts.householdId ?? texts.noHousehold}`,
    `${texts.children}: ${new Intl.NumberFormat(`${brand.lang}-BE`).format(facts.childrenCount)}`,
  ];
  return renderMail(brand, {
    subject: texts.subject(brand.communeName),
    blocks: [
      { kind: 'heading', text: texts.heading },
      { kind: 'paragraph', text: texts.intro },
      { kind: 'paragraph', text: lines.join('\n') },
      { kind: 'note', text: texts.deadline },
    ],
  });
}

/** The person's receipt, in their language. */
export function renderErasureRequestConfirmation(
  brand: MailBrand,
  input: { requestedAt: Date },
): RenderedMail {
  const texts = mailTexts[brand.lang].erasureRequestConfirmation;
  return renderMail(brand, {
    subject: texts.subject(brand.communeName),
    blocks: [
      { kind: 'heading', text: texts.heading },
      { kind: 'paragraph', text: texts.received(formatInstant(brand.lang, input.requestedAt)) },
      { kind: 'paragraph', text: texts.nextSteps },
      { kind: 'note', text: texts.notYou },
    ],
  });
}

/** Belgian conventions in each language (`en` alone would write the date the American way). */
function formatInstant(lang: Language, instant: Date): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(instant);
}
