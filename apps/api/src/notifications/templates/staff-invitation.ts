import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface StaffInvitationInput {
  inviterName: string;
  /** Role names already in the mail's language. */
  roles: readonly string[];
  acceptUrl: string;
  expiresAt: Date;
}

interface StaffInvitationTexts {
  subject: (commune: string) => string;
  heading: string;
  intro: (inviter: string) => string;
  roles: (roles: string) => string;
  action: string;
  expiry: (date: string) => string;
  notYou: string;
}

/** Kept beside its template: only the back-office writes this message. */
const texts: Record<Language, StaffInvitationTexts> = {
  fr: {
    subject: (commune) => `Invitation au back-office — ${commune}`,
    heading: 'Vous êtes invité·e à rejoindre le personnel de la commune',
    intro: (inviter) => `${inviter} vous invite à travailler dans le back-office des services en ligne.`,
    roles: (roles) => `Rôles : ${roles}.`,
    action: 'Accepter l’invitation',
    expiry: (date) => `Cette invitation est valable jusqu’au ${date}.`,
    notYou: 'Si vous ne vous attendiez pas à cette invitation, ignorez ce message.',
  },
  nl: {
    subject: (commune) => `Uitnodiging voor de backoffice — ${commune}`,
    heading: 'U bent uitgenodigd om het personeel van de gemeente te vervoegen',
    intro: (inviter) => `${inviter} nodigt u uit om in de backoffice van de onlinediensten te werken.`,
    roles: (roles) => `Rollen: ${roles}.`,
    action: 'Uitnodiging aanvaarden',
    expiry: (date) => `Deze uitnodiging is geldig tot ${date}.`,
    notYou: 'Verwachtte u deze uitnodiging niet? Negeer dan dit bericht.',
  },
  de: {
    subject: (commune) => `Einladung ins Backoffice — ${commune}`,
    heading: 'Sie sind eingeladen, dem Personal der Gemeinde beizutreten',
    intro: (inviter) => `${inviter} lädt Sie ein, im Backoffice der Online-Dienste zu arbeiten.`,
    roles: (roles) => `Rollen: ${roles}.`,
    action: 'Einladung annehmen',
    expiry: (date) => `Diese Einladung gilt bis zum ${date}.`,
    notYou: 'Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht.',
  },
  en: {
    subject: (commune) => `Invitation to the back-office — ${commune}`,
    heading: 'You are invited to join the commune’s staff',
    intro: (inviter) => `${inviter} invites you to work in the back-office of the online services.`,
    roles: (roles) => `Roles: ${roles}.`,
    action: 'Accept the invitation',
    expiry: (date) => `This invitation is valid until ${date}.`,
    notYou: 'If you did not expect this invitation, ignore this message.',
  },
};

/** An invitation to a commune's back-office, with the roles it grants and a link to accept it. */
export function renderStaffInvitation(brand: MailBrand, input: StaffInvitationInput): RenderedMail {
  const t = texts[brand.lang];
  const date = new Intl.DateTimeFormat(brand.lang, {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(input.expiresAt);
  return renderMail(brand, {
    subject: t.subject(brand.communeName),
    blocks: [
      { kind: 'heading', text: t.heading },
      { kind: 'paragraph', text: t.intro(input.inviterName) },
      { kind: 'paragraph', text: t.roles(input.roles.join(', ')) },
      { kind: 'action', label: t.action, url: input.acceptUrl },
      { kind: 'paragraph', text: t.expiry(date) },
      { kind: 'note', text: t.notYou },
    ],
  });
}

const roleNames: Record<Language, Record<string, string>> = {
  fr: {
    admin: 'administration',
    'stage-manager': 'gestion des stages',
    animator: 'animation',
    'event-reviewer': 'instruction des demandes d’événement',
    'event-decider': 'décision sur les événements',
    'service-advisor': 'avis des services',
    'form-agent': 'traitement des formulaires',
  },
  nl: {
    admin: 'beheer',
    'stage-manager': 'stagebeheer',
    animator: 'begeleiding',
    'event-reviewer': 'behandeling van evenementaanvragen',
    'event-decider': 'beslissing over evenementen',
    'service-advisor': 'advies van de diensten',
    'form-agent': 'behandeling van formulieren',
  },
  de: {
    admin: 'Verwaltung',
    'stage-manager': 'Ferienkursverwaltung',
    animator: 'Betreuung',
    'event-reviewer': 'Prüfung von Veranstaltungsanträgen',
    'event-decider': 'Entscheidung über Veranstaltungen',
    'service-advisor': 'Stellungnahmen der Dienste',
    'form-agent': 'Bearbeitung von Formularen',
  },
  en: {
    admin: 'administration',
    'stage-manager': 'stage management',
    animator: 'animation',
    'event-reviewer': 'event request review',
    'event-decider': 'event decisions',
    'service-advisor': 'service opinions',
    'form-agent': 'form handling',
  },
};

/** A role's name for the invitation text; an unknown one is shown as stored. */
export function staffRoleName(lang: Language, role: string): string {
  return roleNames[lang][role] ?? role;
}
