import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface FormSubmissionConfirmationInput {
  formTitle: string;
  reference: string;
  /** The status the submission starts in, in the mail's language. */
  statusLabel: string;
  /** The commune's page where citizens follow their requests. */
  followUrl: string;
}

interface Texts {
  subject: (form: string, reference: string) => string;
  heading: string;
  received: (form: string) => string;
  reference: string;
  status: (label: string) => string;
  note: string;
  action: string;
}

/** Kept beside its template: only the forms service writes this message. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (form, reference) => `${form} : demande reçue (${reference})`,
    heading: 'Votre demande est bien reçue',
    received: (form) => `Nous avons bien reçu votre demande « ${form} ». Voici sa référence :`,
    reference: 'Référence',
    status: (label) => `État : ${label}.`,
    note: 'Citez cette référence si vous contactez la commune. Vous suivez votre demande dans « Mes demandes ».',
    action: 'Voir mes demandes',
  },
  nl: {
    subject: (form, reference) => `${form}: aanvraag ontvangen (${reference})`,
    heading: 'Uw aanvraag is goed ontvangen',
    received: (form) => `We hebben uw aanvraag ‘${form}’ goed ontvangen. Dit is de referentie:`,
    reference: 'Referentie',
    status: (label) => `Status: ${label}.`,
    note: 'Vermeld deze referentie als u contact opneemt met de gemeente. U volgt uw aanvraag op bij ‘Mijn aanvragen’.',
    action: 'Mijn aanvragen bekijken',
  },
  de: {
    subject: (form, reference) => `${form}: Antrag eingegangen (${reference})`,
    heading: 'Ihr Antrag ist eingegangen',
    received: (form) => `Wir haben Ihren Antrag „${form}“ erhalten. Das ist seine Referenz:`,
    reference: 'Referenz',
    status: (label) => `Stand: ${label}.`,
    note: 'Nennen Sie diese Referenz, wenn Sie die Gemeinde kontaktieren. Sie verfolgen Ihren Antrag unter „Meine Anträge“.',
    action: 'Meine Anträge ansehen',
  },
  en: {
    subject: (form, reference) => `${form}: request received (${reference})`,
    heading: 'Your request has been received',
    received: (form) => `We have received your request “${form}”. Its reference is:`,
    reference: 'Reference',
    status: (label) => `Status: ${label}.`,
    note: 'Quote this reference when you contact the commune. You follow your request under “My requests”.',
    action: 'See my requests',
  },
};

/** To the citizen who sent a form: its reference and where to follow it. */
export function renderFormSubmissionConfirmation(
  brand: MailBrand,
  input: FormSubmissionConfirmationInput,
): RenderedMail {
  const t = texts[brand.lang];
  return renderMail(brand, {
    subject: t.subject(input.formTitle, input.reference),
    blocks: [
      { kind: 'heading', text: t.heading },
      { kind: 'paragraph', text: t.received(input.formTitle) },
      { kind: 'code', text: input.reference },
      { kind: 'paragraph', text: t.status(input.statusLabel) },
      { kind: 'note', text: t.note },
      { kind: 'action', label: t.action, url: input.followUrl },
    ],
  });
}
