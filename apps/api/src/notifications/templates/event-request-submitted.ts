import type { Language } from '@communa/tenant-config';
import type { EventRequestMailInput, EventRequestMailTexts } from './event-request-mail.ts';
import { renderEventRequestMail } from './event-request-mail.ts';
import type { RenderedMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

/** Kept beside its template: only the event requests service writes this message. */
const texts: Record<Language, EventRequestMailTexts> = {
  fr: {
    subject: (title, reference) => `${title} : demande d'autorisation reçue (${reference})`,
    heading: 'Votre demande d’autorisation est bien reçue',
    intro: (title) => `La commune a bien reçu votre demande pour « ${title} ». Voici sa référence :`,
    note: 'Les services communaux l’examinent et peuvent vous demander un complément. Vous recevrez la décision par e-mail.',
    action: 'Suivre ma demande',
  },
  nl: {
    subject: (title, reference) => `${title}: aanvraag tot toelating ontvangen (${reference})`,
    heading: 'Uw aanvraag tot toelating is goed ontvangen',
    intro: (title) => `De gemeente heeft uw aanvraag voor ‘${title}’ goed ontvangen. Dit is de referentie:`,
    note: 'De gemeentediensten bekijken ze en kunnen u om aanvulling vragen. U ontvangt de beslissing per e-mail.',
    action: 'Mijn aanvraag opvolgen',
  },
  de: {
    subject: (title, reference) => `${title}: Genehmigungsantrag eingegangen (${reference})`,
    heading: 'Ihr Genehmigungsantrag ist eingegangen',
    intro: (title) => `Die Gemeinde hat Ihren Antrag für „${title}“ erhalten. Das ist seine Referenz:`,
    note: 'Die Gemeindedienste prüfen ihn und können Ergänzungen verlangen. Sie erhalten die Entscheidung per E-Mail.',
    action: 'Meinen Antrag verfolgen',
  },
  en: {
    subject: (title, reference) => `${title}: permit request received (${reference})`,
    heading: 'Your permit request has been received',
    intro: (title) => `The commune has received your request for “${title}”. Its reference is:`,
    note: 'The commune’s services review it and may ask you to complete it. You will receive the decision by e-mail.',
    action: 'Follow my request',
  },
};

/** To the requester who submitted an event request: its reference and where to follow it. */
export function renderEventRequestSubmitted(brand: MailBrand, input: EventRequestMailInput): RenderedMail {
  return renderEventRequestMail(brand, texts, input);
}
