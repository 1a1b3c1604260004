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
  },
};
