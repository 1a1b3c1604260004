import type { Language } from './tenant-types.ts';

/** The reference catalogue: its keys are the keys every other language must provide. */
const en = {
  onlineServices: 'Online services',
  loading: 'Loading the online services…',
  errorNotFound: 'The online services of this commune could not be found.',
  errorForbidden: 'This website may not show these online services.',
  errorNetwork: 'The online services could not be loaded. Check your connection and try again.',
  errorServer: 'The online services are temporarily unavailable. Please try again shortly.',
  retry: 'Try again',
  sandboxLabel: 'Test space.',
  sandboxText: 'Requests made here are not processed.',
  noServices: 'This commune does not offer online services yet.',
  details: 'Details',
  open: 'Open',
  backToList: 'All online services',
  kindStages: 'Holiday activities',
  kindEvents: 'Event permits',
  kindForms: 'Online forms',
  kindLink: 'Information',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  address: 'Address',
  box: 'box',
  privacyNotice: 'Privacy notice',
  announceDetails: 'Showing details: {service}',
  announceList: 'Showing all online services',
};

export type MessageKey = keyof typeof en;
/** A missing or extra key in any language is a compile error. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

const fr: Catalogue = {
  onlineServices: 'Services en ligne',
  loading: 'Chargement des services en ligne…',
  errorNotFound: 'Les services en ligne de cette commune sont introuvables.',
  errorForbidden: 'Ce site n’est pas autorisé à afficher ces services en ligne.',
  errorNetwork: 'Les services en ligne n’ont pas pu être chargés. Vérifiez votre connexion et réessayez.',
  errorServer: 'Les services en ligne sont momentanément indisponibles. Réessayez dans quelques instants.',
  retry: 'Réessayer',
  sandboxLabel: 'Espace de test.',
  sandboxText: 'Les demandes faites ici ne sont pas traitées.',
  noServices: 'Cette commune ne propose pas encore de services en ligne.',
  details: 'Détails',
  open: 'Ouvrir',
  backToList: 'Tous les services en ligne',
  kindStages: 'Stages de vacances',
  kindEvents: 'Autorisations d’événements',
  kindForms: 'Formulaires en ligne',
  kindLink: 'Information',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Téléphone',
  website: 'Site web',
  address: 'Adresse',
  box: 'bte',
  privacyNotice: 'Vie privée',
  announceDetails: 'Détails affichés : {service}',
  announceList: 'Tous les services en ligne sont affichés',
};

const nl: Catalogue = {
  onlineServices: 'Online diensten',
  loading: 'De online diensten worden geladen…',
  errorNotFound: 'De online diensten van deze gemeente zijn niet gevonden.',
  errorForbidden: 'Deze website mag deze online diensten niet tonen.',
  errorNetwork: 'De online diensten konden niet worden geladen. Controleer uw verbinding en probeer opnieuw.',
  errorServer: 'De online diensten zijn tijdelijk niet beschikbaar. Probeer het zo meteen opnieuw.',
  retry: 'Opnieuw proberen',
  sandboxLabel: 'Testomgeving.',
  sandboxText: 'Aanvragen die hier worden ingediend, worden niet behandeld.',
  noServices: 'Deze gemeente biedt nog geen online diensten aan.',
  details: 'Details',
  open: 'Openen',
  backToList: 'Alle online diensten',
  kindStages: 'Vakantieactiviteiten',
  kindEvents: 'Evenementenvergunningen',
  kindForms: 'Online formulieren',
  kindLink: 'Informatie',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Telefoon',
  website: 'Website',
  address: 'Adres',
  box: 'bus',
  privacyNotice: 'Privacyverklaring',
  announceDetails: 'Details getoond: {service}',
  announceList: 'Alle online diensten worden getoond',
};

const de: Catalogue = {
  onlineServices: 'Online-Dienste',
  loading: 'Die Online-Dienste werden geladen…',
  errorNotFound: 'Die Online-Dienste dieser Gemeinde wurden nicht gefunden.',
  errorForbidden: 'Diese Website darf diese Online-Dienste nicht anzeigen.',
  errorNetwork:
    'Die Online-Dienste konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorServer: 'Die Online-Dienste sind vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  retry: 'Erneut versuchen',
  sandboxLabel: 'Testumgebung.',
  sandboxText: 'Hier gestellte Anträge werden nicht bearbeitet.',
  noServices: 'Diese Gemeinde bietet noch keine Online-Dienste an.',
  details: 'Details',
  open: 'Öffnen',
  backToList: 'Alle Online-Dienste',
  kindStages: 'Ferienangebote',
  kindEvents: 'Veranstaltungsgenehmigungen',
  kindForms: 'Online-Formulare',
  kindLink: 'Information',
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Website',
  address: 'Adresse',
  box: 'Bf.',
  privacyNotice: 'Datenschutzerklärung',
  announceDetails: 'Details angezeigt: {service}',
  announceList: 'Alle Online-Dienste werden angezeigt',
};

export const catalogues: Readonly<Record<Language, Catalogue>> = { fr, nl, de, en };

/** Interface text in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(
  lang: Language,
  key: MessageKey,
  params: Readonly<Record<string, string>> = {},
): string {
  return fillMessage(catalogues[lang][key], params);
}

/** Puts `params` into a message's `{name}` placeholders; unknown ones stay visible. */
export function fillMessage(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
