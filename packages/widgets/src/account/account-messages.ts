import { fillMessage } from '../core/messages.ts';
import type { Language } from '../core/tenant-types.ts';

/** Texts of `<communa-account>`, kept apart so the directory's chunk does not carry them. */
const en = {
  title: 'My account',
  loading: 'Loading your account…',
  intro: 'Sign in with your e-mail address: we send you a one-time code, no password needed.',
  emailLabel: 'E-mail address',
  sendCode: 'Send me a code',
  codeSent: 'We sent a code to {email}. It is valid for 10 minutes.',
  codeLabel: 'Code received by e-mail',
  codeHint: '6 digits',
  signIn: 'Sign in',
  otherAddress: 'Use another address',
  resend: 'Send a new code',
  signedInAs: 'Signed in as {email}',
  signOut: 'Sign out',
  signOutEverywhere: 'Sign out on all my devices',
  signedOut: 'You are signed out.',
  errorSummary: 'Please correct the following:',
  errorEmail: 'Enter an e-mail address such as name@example.be.',
  errorCodeFormat: 'Enter the 6-digit code from the e-mail.',
  errorCodeInvalid: 'This code is not valid. Check it, or ask for a new one.',
  errorCodeExpired: 'This code has expired. Ask for a new one.',
  errorCodeLocked: 'Too many wrong codes. Ask for a new one.',
  errorRateLimited: 'Too many attempts. Please wait a few minutes and try again.',
  errorNetwork: 'We could not reach the service. Check your connection and try again.',
  errorServer: 'The service is temporarily unavailable. Please try again shortly.',
  errorTenant: 'The online services of this commune could not be found.',
};

export type AccountMessageKey = keyof typeof en;
type AccountCatalogue = Readonly<Record<AccountMessageKey, string>>;

const fr: AccountCatalogue = {
  title: 'Mon compte',
  loading: 'Chargement de votre compte…',
  intro:
    'Connectez-vous avec votre adresse e-mail : nous vous envoyons un code à usage unique, sans mot de passe.',
  emailLabel: 'Adresse e-mail',
  sendCode: 'M’envoyer un code',
  codeSent: 'Nous avons envoyé un code à {email}. Il est valable 10 minutes.',
  codeLabel: 'Code reçu par e-mail',
  codeHint: '6 chiffres',
  signIn: 'Se connecter',
  otherAddress: 'Utiliser une autre adresse',
  resend: 'Envoyer un nouveau code',
  signedInAs: 'Connecté·e en tant que {email}',
  signOut: 'Se déconnecter',
  signOutEverywhere: 'Me déconnecter sur tous mes appareils',
  signedOut: 'Vous êtes déconnecté·e.',
  errorSummary: 'Veuillez corriger ce qui suit :',
  errorEmail: 'Indiquez une adresse e-mail comme nom@exemple.be.',
  errorCodeFormat: 'Indiquez le code à 6 chiffres reçu par e-mail.',
  errorCodeInvalid: 'Ce code n’est pas valable. Vérifiez-le ou demandez-en un nouveau.',
  errorCodeExpired: 'Ce code a expiré. Demandez-en un nouveau.',
  errorCodeLocked: 'Trop de codes erronés. Demandez-en un nouveau.',
  errorRateLimited: 'Trop de tentatives. Patientez quelques minutes puis réessayez.',
  errorNetwork: 'Le service est injoignable. Vérifiez votre connexion et réessayez.',
  errorServer: 'Le service est momentanément indisponible. Réessayez dans un instant.',
  errorTenant: 'Les services en ligne de cette commune sont introuvables.',
};

const nl: AccountCatalogue = {
  title: 'Mijn account',
  loading: 'Uw account wordt geladen…',
  intro: 'Meld u aan met uw e-mailadres: we sturen u een eenmalige code, zonder wachtwoord.',
  emailLabel: 'E-mailadres',
  sendCode: 'Stuur mij een code',
  codeSent: 'We hebben een code naar {email} gestuurd. Ze is 10 minuten geldig.',
  codeLabel: 'Code uit de e-mail',
  codeHint: '6 cijfers',
  signIn: 'Aanmelden',
  otherAddress: 'Een ander adres gebruiken',
  resend: 'Een nieuwe code sturen',
  signedInAs: 'Aangemeld als {email}',
  signOut: 'Afmelden',
  signOutEverywhere: 'Afmelden op al mijn toestellen',
  signedOut: 'U bent afgemeld.',
  errorSummary: 'Verbeter het volgende:',
  errorEmail: 'Vul een e-mailadres in, zoals naam@voorbeeld.be.',
  errorCodeFormat: 'Vul de code van 6 cijfers uit de e-mail in.',
  errorCodeInvalid: 'Deze code is niet geldig. Controleer ze of vraag een nieuwe.',
  errorCodeExpired: 'Deze code is verlopen. Vraag een nieuwe.',
  errorCodeLocked: 'Te veel foute codes. Vraag een nieuwe.',
  errorRateLimited: 'Te veel pogingen. Wacht enkele minuten en probeer opnieuw.',
  errorNetwork: 'De dienst is niet bereikbaar. Controleer uw verbinding en probeer opnieuw.',
  errorServer: 'De dienst is tijdelijk niet beschikbaar. Probeer het straks opnieuw.',
  errorTenant: 'De online diensten van deze gemeente zijn niet gevonden.',
};

const de: AccountCatalogue = {
  title: 'Mein Konto',
  loading: 'Ihr Konto wird geladen…',
  intro: 'Melden Sie sich mit Ihrer E-Mail-Adresse an: Wir senden Ihnen einen Einmalcode, ohne Passwort.',
  emailLabel: 'E-Mail-Adresse',
  sendCode: 'Code zusenden',
  codeSent: 'Wir haben einen Code an {email} gesendet. Er ist 10 Minuten gültig.',
  codeLabel: 'Code aus der E-Mail',
  codeHint: '6 Ziffern',
  signIn: 'Anmelden',
  otherAddress: 'Andere Adresse verwenden',
  resend: 'Neuen Code senden',
  signedInAs: 'Angemeldet als {email}',
  signOut: 'Abmelden',
  signOutEverywhere: 'Auf allen meinen Geräten abmelden',
  signedOut: 'Sie sind abgemeldet.',
  errorSummary: 'Bitte korrigieren Sie Folgendes:',
  errorEmail: 'Geben Sie eine E-Mail-Adresse ein, z. B. name@beispiel.be.',
  errorCodeFormat: 'Geben Sie den 6-stelligen Code aus der E-Mail ein.',
  errorCodeInvalid: 'Dieser Code ist ungültig. Prüfen Sie ihn oder fordern Sie einen neuen an.',
  errorCodeExpired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
  errorCodeLocked: 'Zu viele falsche Codes. Fordern Sie einen neuen an.',
  errorRateLimited: 'Zu viele Versuche. Bitte warten Sie einige Minuten.',
  errorNetwork: 'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  errorServer: 'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
  errorTenant: 'Die Online-Dienste dieser Gemeinde wurden nicht gefunden.',
};

const catalogues: Readonly<Record<Language, AccountCatalogue>> = { fr, nl, de, en };

export function accountText(
  lang: Language,
  key: AccountMessageKey,
  params?: Readonly<Record<string, string>>,
): string {
  return fillMessage(catalogues[lang][key], params);
}
