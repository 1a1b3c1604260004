import type { Language } from '@communa/tenant-config';
import type { EventRequestMailInput, EventRequestMailTexts } from './event-request-mail.ts';
import { renderEventRequestMail } from './event-request-mail.ts';
import type { RenderedMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

/** Kept beside its template: only the event review writes this message. */
const texts: Record<Language, EventRequestMailTexts> = {
  fr: {
    subject: (title, reference) => `${title} : votre demande est en cours d’examen (${reference})`,
    heading: 'Votre demande est en cours d’examen',
    intro: (title) => `Votre demande « ${title} » est complète : la commune l’examine.`,
    note: 'Elle peut demander l’avis de ses services (police, pompiers…). Vous recevrez la décision par e-mail.',
    action: 'Suivre ma demande',
  },
  nl: {
    subject: (title, reference) => `${title}: uw aanvraag wordt onderzocht (${reference})`,
    heading: 'Uw aanvraag wordt onderzocht',
    intro: (title) => `Uw aanvraag ‘${title}’ is volledig: de gemeente onderzoekt ze.`,
    note: 'Ze kan het advies van haar diensten vragen (politie, brandweer…). U ontvangt de beslissing per e-mail.',
    action: 'Mijn aanvraag opvolgen',
  },
  de: {
    subject: (title, reference) => `${title}: Ihr Antrag wird geprüft (${reference})`,
    heading: 'Ihr Antrag wird geprüft',
    intro: (title) => `Ihr Antrag „${title}“ ist vollständig: Die Gemeinde prüft ihn.`,
    note: 'Sie kann die Stellungnahme ihrer Dienste einholen (Polizei, Feuerwehr…). Sie erhalten die Entscheidung per E-Mail.',
    action: 'Meinen Antrag verfolgen',
  },
  en: {
    subject: (title, reference) => `${title}: your request is being reviewed (${reference})`,
    heading: 'Your request is being reviewed',
    intro: (title) => `Your request “${title}” is complete: the commune is reviewing it.`,
    note: 'It may ask its services (police, fire service…) for their opinion. You will receive the decision by e-mail.',
    action: 'Follow my request',
  },
};

/** To the requester whose event request staff took under review. */
export function renderEventRequestUnderReview(brand: MailBrand, input: EventRequestMailInput): RenderedMail {
  return renderEventRequestMail(brand, texts, input);
}
