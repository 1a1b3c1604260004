import type { Language } from '@communa/tenant-config';
import type { EventRequestMailInput, EventRequestMailTexts } from './event-request-mail.ts';
import { renderEventRequestMail } from './event-request-mail.ts';
import type { RenderedMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface EventRequestIncompleteInput extends EventRequestMailInput {
  /** What the commune asks the requester to complete, as staff wrote it. */
  comment: string;
}

/** Kept beside its template: only the event review writes this message. */
const texts: Record<Language, EventRequestMailTexts> = {
  fr: {
    subject: (title, reference) => `${title} : votre demande est à compléter (${reference})`,
    heading: 'Votre demande est à compléter',
    intro: (title) => `La commune a besoin d’un complément pour votre demande « ${title} » :`,
    note: 'Complétez la demande puis soumettez-la à nouveau ; elle garde sa référence.',
    action: 'Compléter ma demande',
  },
  nl: {
    subject: (title, reference) => `${title}: uw aanvraag moet aangevuld worden (${reference})`,
    heading: 'Uw aanvraag moet aangevuld worden',
    intro: (title) => `De gemeente heeft een aanvulling nodig voor uw aanvraag ‘${title}’:`,
    note: 'Vul de aanvraag aan en dien ze opnieuw in; ze behoudt haar referentie.',
    action: 'Mijn aanvraag aanvullen',
  },
  de: {
    subject: (title, reference) => `${title}: Ihr Antrag ist zu ergänzen (${reference})`,
    heading: 'Ihr Antrag ist zu ergänzen',
    intro: (title) => `Die Gemeinde benötigt eine Ergänzung zu Ihrem Antrag „${title}“:`,
    note: 'Ergänzen Sie den Antrag und reichen Sie ihn erneut ein; er behält seine Referenz.',
    action: 'Meinen Antrag ergänzen',
  },
  en: {
    subject: (title, reference) => `${title}: your request needs completing (${reference})`,
    heading: 'Your request needs completing',
    intro: (title) => `The commune needs more for your request “${title}”:`,
    note: 'Complete the request and submit it again; it keeps its reference.',
    action: 'Complete my request',
  },
};

/** To the requester whose event request staff sent back: what is missing. */
export function renderEventRequestIncomplete(
  brand: MailBrand,
  input: EventRequestIncompleteInput,
): RenderedMail {
  return renderEventRequestMail(brand, texts, input, [{ kind: 'paragraph', text: input.comment }]);
}
