import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface AssociationInvitationInput {
  inviterName: string;
  inviterEmail: string;
  associationName: string;
  /** The commune's page with the account widget, carrying the invitation's token. */
  acceptUrl: string;
  expiresAt: Date;
}

interface AssociationInvitationTexts {
  subject: (association: string, commune: string) => string;
  heading: (association: string) => string;
  intro: (inviter: string, association: string) => string;
  howTo: string;
  action: string;
  expiry: (date: string) => string;
  notYou: string;
}

/** Kept beside its template: only the associations service writes this message. */
const texts: Record<Language, AssociationInvitationTexts> = {
  fr: {
    subject: (association, commune) => `Invitation à rejoindre ${association} — ${commune}`,
    heading: (association) => `Vous êtes invité·e à rejoindre ${association}`,
    intro: (inviter, association) =>
      `${inviter} vous invite à rejoindre l’association ${association} dans les services en ligne de la commune : vous verrez et préparerez ses demandes d’autorisation d’événement.`,
    howTo:
      'Ouvrez le lien ci-dessous, connectez-vous avec cette adresse e-mail, puis acceptez ou refusez l’invitation.',
    action: 'Voir l’invitation',
    expiry: (date) => `Cette invitation est valable jusqu’au ${date}.`,
    notYou: 'Si vous ne connaissez pas cette personne, ignorez ce message.',
  },
  nl: {
    subject: (association, commune) => `Uitnodiging om lid te worden van ${association} — ${commune}`,
    heading: (association) => `U bent uitgenodigd om lid te worden van ${association}`,
    intro: (inviter, association) =>
      `${inviter} nodigt u uit om lid te worden van de vereniging ${association} in de onlinediensten van de gemeente: u ziet en bereidt haar aanvragen voor evenementen voor.`,
    howTo: 'Open de link hieronder, meld u aan met dit e-mailadres en aanvaard of weiger de uitnodiging.',
    action: 'De uitnodiging bekijken',
    expiry: (date) => `Deze uitnodiging is geldig tot ${date}.`,
    notYou: 'Kent u deze persoon niet? Negeer dan dit bericht.',
  },
  de: {
    subject: (association, commune) => `Einladung, ${association} beizutreten — ${commune}`,
    heading: (association) => `Sie sind eingeladen, ${association} beizutreten`,
    intro: (inviter, association) =>
      `${inviter} lädt Sie ein, in den Online-Diensten der Gemeinde dem Verein ${association} beizutreten: Sie sehen und bereiten seine Anträge für Veranstaltungen vor.`,
    howTo:
      'Öffnen Sie den Link unten, melden Sie sich mit dieser E-Mail-Adresse an und nehmen Sie die Einladung an oder lehnen Sie sie ab.',
    action: 'Einladung ansehen',
    expiry: (date) => `Diese Einladung gilt bis zum ${date}.`,
    notYou: 'Wenn Sie diese Person nicht kennen, ignorieren Sie diese Nachricht.',
  },
  en: {
    subject: (association, commune) => `Invitation to join ${association} — ${commune}`,
    heading: (association) => `You are invited to join ${association}`,
    intro: (inviter, association) =>
      `${inviter} invites you to join the association ${association} in the commune’s online services: you will see and prepare its event permit requests.`,
    howTo: 'Open the link below, sign in with this e-mail address, then accept or decline the invitation.',
    action: 'See the invitation',
    expiry: (date) => `This invitation is valid until ${date}.`,
    notYou: 'If you do not know this person, ignore this message.',
  },
};

/** To a person invited into an association: how to accept (signed in with this address). */
export function renderAssociationInvitation(
  brand: MailBrand,
  input: AssociationInvitationInput,
): RenderedMail {
  const t = texts[brand.lang];
  const date = new Intl.DateTimeFormat(brand.lang, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(
    input.expiresAt,
  );
  const inviter = input.inviterName ? `${input.inviterName} (${input.inviterEmail})` : input.inviterEmail;
  return renderMail(brand, {
    subject: t.subject(input.associationName, brand.communeName),
    blocks: [
      { kind: 'heading', text: t.heading(input.associationName) },
      { kind: 'paragraph', text: t.intro(inviter, input.associationName) },
      { kind: 'paragraph', text: t.howTo },
      { kind: 'action', label: t.action, url: input.acceptUrl },
      { kind: 'paragraph', text: t.expiry(date) },
      { kind: 'note', text: t.notYou },
    ],
  });
}
