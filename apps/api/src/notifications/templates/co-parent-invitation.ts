import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface CoParentInvitationInput {
  inviterName: string;
  inviterEmail: string;
  childNames: readonly string[];
  /** The commune's website, where its services are embedded. */
  websiteUrl: string;
  expiresAt: Date;
}

interface CoParentInvitationTexts {
  subject: (commune: string) => string;
  heading: string;
  intro: (inviter: string, children: string) => string;
  howTo: string;
  action: string;
  expiry: (date: string) => string;
  notYou: string;
}

/** Kept beside its template: only the households service writes this message. */
const texts: Record<Language, CoParentInvitationTexts> = {
  fr: {
    subject: (commune) => `Partage du dossier de vos enfants — ${commune}`,
    heading: 'Un autre parent vous invite à partager le dossier de vos enfants',
    intro: (inviter, children) =>
      `${inviter} vous invite à partager avec la commune le dossier de : ${children}.`,
    howTo:
      'Connectez-vous aux services en ligne de la commune avec cette adresse e-mail, puis acceptez l’invitation dans votre compte. Chaque parent garde sa propre adresse.',
    action: 'Aller sur le site de la commune',
    expiry: (date) => `Cette invitation est valable jusqu’au ${date}.`,
    notYou: 'Si vous ne connaissez pas cette personne, ignorez ce message.',
  },
  nl: {
    subject: (commune) => `Het dossier van uw kinderen delen — ${commune}`,
    heading: 'Een andere ouder nodigt u uit om het dossier van uw kinderen te delen',
    intro: (inviter, children) =>
      `${inviter} nodigt u uit om bij de gemeente het dossier te delen van: ${children}.`,
    howTo:
      'Meld u met dit e-mailadres aan bij de onlinediensten van de gemeente en aanvaard de uitnodiging in uw account. Elke ouder behoudt zijn eigen adres.',
    action: 'Naar de website van de gemeente',
    expiry: (date) => `Deze uitnodiging is geldig tot ${date}.`,
    notYou: 'Kent u deze persoon niet? Negeer dan dit bericht.',
  },
  de: {
    subject: (commune) => `Die Akte Ihrer Kinder teilen — ${commune}`,
    heading: 'Ein anderer Elternteil lädt Sie ein, die Akte Ihrer Kinder zu teilen',
    intro: (inviter, children) =>
      `${inviter} lädt Sie ein, bei der Gemeinde die Akte zu teilen von: ${children}.`,
    howTo:
      'Melden Sie sich mit dieser E-Mail-Adresse bei den Online-Diensten der Gemeinde an und nehmen Sie die Einladung in Ihrem Konto an. Jeder Elternteil behält seine eigene Adresse.',
    action: 'Zur Website der Gemeinde',
    expiry: (date) => `Diese Einladung gilt bis zum ${date}.`,
    notYou: 'Wenn Sie diese Person nicht kennen, ignorieren Sie diese Nachricht.',
  },
  en: {
    subject: (commune) => `Share your children’s file — ${commune}`,
    heading: 'Another parent invites you to share your children’s file',
    intro: (inviter, children) =>
      `${inviter} invites you to share with the commune the file of: ${children}.`,
    howTo:
      'Sign in to the commune’s online services with this e-mail address, then accept the invitation in your account. Each parent keeps their own address.',
    action: 'Go to the commune’s website',
    expiry: (date) => `This invitation is valid until ${date}.`,
    notYou: 'If you do not know this person, ignore this message.',
  },
};

/** To the other parent of separated parents: how to accept sharing the children's records. */
export function renderCoParentInvitation(brand: MailBrand, input: CoParentInvitationInput): RenderedMail {
  const t = texts[brand.lang];
  const list = new Intl.ListFormat(brand.lang, { type: 'conjunction' }).format(input.childNames);
  const date = new Intl.DateTimeFormat(brand.lang, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(
    input.expiresAt,
  );
  const inviter = input.inviterName ? `${input.inviterName} (${input.inviterEmail})` : input.inviterEmail;
  return renderMail(brand, {
    subject: t.subject(brand.communeName),
    blocks: [
      { kind: 'heading', text: t.heading },
      { kind: 'paragraph', text: t.intro(inviter, list) },
      { kind: 'paragraph', text: t.howTo },
      { kind: 'action', label: t.action, url: input.websiteUrl },
      { kind: 'paragraph', text: t.expiry(date) },
      { kind: 'note', text: t.notYou },
    ],
  });
}
