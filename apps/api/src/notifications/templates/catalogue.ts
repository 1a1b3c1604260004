import type { Language } from '@communa/tenant-config';

/**
 * Every text the software itself writes in e-mails. Typed as a record over all languages, so a
 * language or a key missing anywhere fails to compile. The commune's name is used as a label
 * (header, subject, footer), never inside a sentence, where it would need an article or a case.
 */
export interface MailTexts {
  footer: (commune: string) => string;
  signInCode: {
    subject: (commune: string) => string;
    heading: string;
    intro: string;
    validity: (duration: string) => string;
    neverShare: string;
    notYou: string;
  };
  /** To the commune's data protection officer: a person asks for erasure (GDPR art. 17). */
  erasureRequestToDpo: {
    subject: (commune: string) => string;
    heading: string;
    intro: string;
    requestedAt: string;
    userId: string;
    email: string;
    name: string;
    household: string;
    noHousehold: string;
    children: string;
    deadline: string;
  };
  /** To the person: the request reached the commune. */
  erasureRequestConfirmation: {
    subject: (commune: string) => string;
    heading: string;
    received: (date: string) => string;
    nextSteps: string;
    notYou: string;
  };
}

export const mailTexts: Record<Language, MailTexts> = {
  fr: {
    footer: (commune) => `Message automatique — ${commune}`,
    signInCode: {
      subject: (commune) => `Votre code de connexion — ${commune}`,
      heading: 'Votre code de connexion',
      intro: 'Saisissez ce code pour vous connecter aux services en ligne :',
      validity: (duration) => `Il est valable ${duration} et ne peut servir qu’une seule fois.`,
      neverShare: 'Ne le communiquez à personne : nos services ne vous le demanderont jamais.',
      notYou: 'Si vous n’avez pas demandé ce code, ignorez simplement ce message.',
    },
    erasureRequestToDpo: {
      subject: (commune) => `Demande d’effacement de données — ${commune}`,
      heading: 'Demande d’effacement de données personnelles',
      intro:
        'Une personne demande l’effacement des données que la commune détient à son sujet (RGPD, article 17). Rien n’a été supprimé : la commune, responsable du traitement, instruit la demande.',
      requestedAt: 'Demandé le',
      userId: 'Identifiant de la personne',
      email: 'Adresse e-mail',
      name: 'Nom',
      household: 'Ménage',
      noHousehold: 'aucun ménage enregistré',
      children: 'Enfants enregistrés',
      deadline: 'Répondez à la personne dans le mois qui suit la demande (RGPD, article 12.3).',
    },
    erasureRequestConfirmation: {
      subject: (commune) => `Votre demande d’effacement — ${commune}`,
      heading: 'Nous avons bien reçu votre demande d’effacement',
      received: (date) =>
        `Votre demande a été transmise le ${date} au délégué à la protection des données de la commune.`,
      nextSteps:
        'La commune l’examine et vous répond dans un délai d’un mois. Vos données restent en place jusqu’à sa décision.',
      notYou: 'Si vous n’avez pas fait cette demande, répondez à ce message.',
    },
  },
  nl: {
    footer: (commune) => `Automatisch bericht — ${commune}`,
    signInCode: {
      subject: (commune) => `Uw aanmeldcode — ${commune}`,
      heading: 'Uw aanmeldcode',
      intro: 'Vul deze code in om u aan te melden bij de onlinediensten:',
      validity: (duration) => `De code is ${duration} geldig en kan maar één keer worden gebruikt.`,
      neverShare: 'Geef hem aan niemand door: onze diensten zullen er nooit om vragen.',
      notYou: 'Hebt u deze code niet aangevraagd? Dan mag u dit bericht gewoon negeren.',
    },
    erasureRequestToDpo: {
      subject: (commune) => `Verzoek tot gegevenswissing — ${commune}`,
      heading: 'Verzoek tot wissing van persoonsgegevens',
      intro:
        'Iemand vraagt de gegevens te wissen die de gemeente over hem of haar bewaart (AVG, artikel 17). Er is niets gewist: de gemeente, als verwerkingsverantwoordelijke, behandelt het verzoek.',
      requestedAt: 'Gevraagd op',
      userId: 'Identificatie van de persoon',
      email: 'E-mailadres',
      name: 'Naam',
      household: 'Gezin',
      noHousehold: 'geen gezin geregistreerd',
      children: 'Geregistreerde kinderen',
      deadline: 'Antwoord de persoon binnen een maand na het verzoek (AVG, artikel 12.3).',
    },
    erasureRequestConfirmation: {
      subject: (commune) => `Uw verzoek tot wissing — ${commune}`,
      heading: 'We hebben uw verzoek tot wissing ontvangen',
      received: (date) =>
        `Uw verzoek is op ${date} doorgestuurd naar de functionaris voor gegevensbescherming van de gemeente.`,
      nextSteps:
        'De gemeente onderzoekt het en antwoordt u binnen een maand. Uw gegevens blijven bewaard tot haar beslissing.',
      notYou: 'Hebt u dit verzoek niet gedaan? Antwoord dan op dit bericht.',
    },
  },
  de: {
    footer: (commune) => `Automatische Nachricht — ${commune}`,
    signInCode: {
      subject: (commune) => `Ihr Anmeldecode — ${commune}`,
      heading: 'Ihr Anmeldecode',
      intro: 'Geben Sie diesen Code ein, um sich bei den Online-Diensten anzumelden:',
      validity: (duration) => `Er ist ${duration} gültig und kann nur einmal verwendet werden.`,
      neverShare: 'Geben Sie ihn an niemanden weiter: Unsere Dienste werden Sie nie danach fragen.',
      notYou: 'Wenn Sie diesen Code nicht angefordert haben, können Sie diese Nachricht einfach ignorieren.',
    },
    erasureRequestToDpo: {
      subject: (commune) => `Antrag auf Datenlöschung — ${commune}`,
      heading: 'Antrag auf Löschung personenbezogener Daten',
      intro:
        'Eine Person beantragt die Löschung der Daten, die die Gemeinde über sie speichert (DSGVO, Artikel 17). Es wurde nichts gelöscht: Die Gemeinde prüft den Antrag als Verantwortliche.',
      requestedAt: 'Beantragt am',
      userId: 'Kennung der Person',
      email: 'E-Mail-Adresse',
      name: 'Name',
      household: 'Haushalt',
      noHousehold: 'kein Haushalt erfasst',
      children: 'Erfasste Kinder',
      deadline:
        'Antworten Sie der Person innerhalb eines Monats nach dem Antrag (DSGVO, Artikel 12 Absatz 3).',
    },
    erasureRequestConfirmation: {
      subject: (commune) => `Ihr Antrag auf Löschung — ${commune}`,
      heading: 'Wir haben Ihren Antrag auf Löschung erhalten',
      received: (date) =>
        `Ihr Antrag wurde am ${date} an den Datenschutzbeauftragten der Gemeinde weitergeleitet.`,
      nextSteps:
        'Die Gemeinde prüft ihn und antwortet Ihnen innerhalb eines Monats. Ihre Daten bleiben bis zu ihrer Entscheidung gespeichert.',
      notYou: 'Wenn Sie diesen Antrag nicht gestellt haben, antworten Sie bitte auf diese Nachricht.',
    },
  },
  en: {
    footer: (commune) => `Automatic message — ${commune}`,
    signInCode: {
      subject: (commune) => `Your sign-in code — ${commune}`,
      heading: 'Your sign-in code',
      intro: 'Enter this code to sign in to the online services:',
      validity: (duration) => `It is valid for ${duration} and can be used only once.`,
      neverShare: 'Do not share it with anyone: our staff will never ask you for it.',
      notYou: 'If you did not ask for this code, simply ignore this message.',
    },
    erasureRequestToDpo: {
      subject: (commune) => `Erasure request — ${commune}`,
      heading: 'Request to erase personal data',
      intro:
        'A person asks for the data the commune holds about them to be erased (GDPR, Article 17). Nothing has been deleted: the commune, as controller, handles the request.',
      requestedAt: 'Requested on',
      userId: 'Person’s identifier',
      email: 'E-mail address',
      name: 'Name',
      household: 'Household',
      noHousehold: 'no household recorded',
      children: 'Children recorded',
      deadline: 'Answer the person within one month of the request (GDPR, Article 12(3)).',
    },
    erasureRequestConfirmation: {
      subject: (commune) => `Your erasure request — ${commune}`,
      heading: 'We have received your erasure request',
      received: (date) => `Your request was passed on ${date} to the commune’s data protection officer.`,
      nextSteps:
        'The commune reviews it and answers you within one month. Your data stays in place until it decides.',
      notYou: 'If you did not make this request, reply to this message.',
    },
  },
};
