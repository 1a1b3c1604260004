import type { Language } from './types.ts';

/** The text of the demo sites' own chrome (the widget brings its own). */
export interface Messages {
  skipLink: string;
  mainNavigation: string;
  breadcrumb: string;
  siteLanguage: string;
  home: string;
  onlineServices: string;
  holidayStages: string;
  stagesIntro: (city: string) => string;
  eventsCalendar: string;
  eventsIntro: (city: string) => string;
  eventRequest: string;
  eventRequestIntro: (city: string) => string;
  onlineForms: string;
  formsIntro: (city: string) => string;
  otherForms: string;
  openingHours: string;
  contact: string;
  intro: (city: string) => string;
  strictNotice: string;
  practicalInformation: string;
  weekdayHours: string;
  thursdayHours: string;
  needHelp: string;
  helpText: string;
  townHall: string;
  demoNotice: string;
  indexTitle: string;
  indexIntro: string;
  strictLink: string;
  noCommunes: string;
}

export const MESSAGES: Record<Language, Messages> = {
  fr: {
    skipLink: 'Aller au contenu principal',
    mainNavigation: 'Navigation principale',
    breadcrumb: "Fil d'Ariane",
    siteLanguage: 'Langue du site',
    home: 'Accueil',
    onlineServices: 'Services en ligne',
    eventsCalendar: 'Agenda des événements',
    eventRequest: 'Demander un événement',
    eventRequestIntro: (city) =>
      `Fête de quartier, marché, concert, course : demandez à ${city} l'autorisation d'organiser votre événement sur l'espace public. Connectez-vous à votre compte pour enregistrer un brouillon et suivre votre demande.`,
    eventsIntro: (city) =>
      `Fêtes de quartier, marchés, concerts, courses : les événements autorisés à ${city} et publiés par la commune. Ajoutez-les à votre agenda.`,
    holidayStages: 'Stages de vacances',
    stagesIntro: (city) =>
      `Sport, nature, arts, sciences : découvrez les stages de vacances organisés à ${city} et inscrivez vos enfants en ligne. Connectez-vous d'abord à votre compte, dans la colonne d'à côté.`,
    onlineForms: 'Formulaires en ligne',
    formsIntro: (city) =>
      `Certificats, signalements, autorisations : introduisez votre demande auprès de ${city} en ligne. Les démarches réservées aux citoyens connectés vous demandent de vous connecter à votre compte.`,
    otherForms: 'Autres démarches en ligne',
    openingHours: "Horaires d'ouverture",
    contact: 'Contact',
    intro: (city) =>
      `Inscrire un enfant à un stage de vacances, demander l'autorisation d'organiser un événement, obtenir un document : faites vos démarches en ligne, à toute heure, sans vous déplacer à l'administration communale de ${city}.`,
    strictNotice:
      "Cette page de démonstration est servie avec une politique de sécurité du contenu (CSP) stricte : aucun script ni style en ligne n'y est permis.",
    practicalInformation: 'Informations pratiques',
    weekdayHours: 'Du lundi au vendredi : de 8 h 30 à 12 h',
    thursdayHours: 'Le jeudi : aussi de 14 h à 19 h',
    needHelp: "Besoin d'aide ?",
    helpText:
      "Pendant les heures d'ouverture, les agents du guichet vous aident à remplir vos demandes en ligne.",
    townHall: 'Hôtel de ville',
    demoNotice: 'Site de démonstration de Communa, sans lien avec le site officiel de la commune.',
    indexTitle: 'Sites communaux de démonstration',
    indexIntro:
      "Ces sites fictifs intègrent les services en ligne de Communa comme le ferait le site d'une commune : une balise script et un élément, servis depuis une autre origine que l'API.",
    strictLink: 'La même page sous une CSP stricte',
    noCommunes: "Aucune commune de démonstration n'est configurée.",
  },
  nl: {
    skipLink: 'Naar de hoofdinhoud',
    mainNavigation: 'Hoofdnavigatie',
    breadcrumb: 'Kruimelpad',
    siteLanguage: 'Taal van de site',
    home: 'Startpagina',
    onlineServices: 'Online diensten',
    eventsCalendar: 'Evenementenkalender',
    eventRequest: 'Evenement aanvragen',
    eventRequestIntro: (city) =>
      `Buurtfeest, markt, concert, loopwedstrijd: vraag in ${city} toelating om uw evenement in de openbare ruimte te organiseren. Meld u aan bij uw account om een ontwerp te bewaren en uw aanvraag op te volgen.`,
    eventsIntro: (city) =>
      `Buurtfeesten, markten, concerten, loopwedstrijden: de toegelaten evenementen in ${city} die de gemeente publiceert. Voeg ze toe aan uw agenda.`,
    holidayStages: 'Vakantiestages',
    stagesIntro: (city) =>
      `Sport, natuur, kunst, wetenschap: ontdek de vakantiestages in ${city} en schrijf uw kinderen online in. Meld u eerst aan bij uw account, in de kolom hiernaast.`,
    onlineForms: 'Online formulieren',
    formsIntro: (city) =>
      `Getuigschriften, meldingen, vergunningen: dien uw aanvraag bij ${city} online in. Voor aanvragen die voorbehouden zijn aan aangemelde burgers, meldt u zich aan bij uw account.`,
    otherForms: 'Andere online aanvragen',
    openingHours: 'Openingsuren',
    contact: 'Contact',
    intro: (city) =>
      `Uw kind inschrijven voor een vakantiestage, een vergunning aanvragen voor een evenement, een document opvragen: regel het online, op elk moment, zonder naar het gemeentehuis van ${city} te komen.`,
    strictNotice:
      'Deze demopagina wordt geserveerd met een strikt Content Security Policy (CSP): inline scripts en stijlen zijn er niet toegestaan.',
    practicalInformation: 'Praktische informatie',
    weekdayHours: 'Maandag tot vrijdag: van 8.30 tot 12 uur',
    thursdayHours: 'Donderdag: ook van 14 tot 19 uur',
    needHelp: 'Hulp nodig?',
    helpText: 'Tijdens de openingsuren helpen de loketmedewerkers u met uw online aanvragen.',
    townHall: 'Gemeentehuis',
    demoNotice: 'Demonstratiesite van Communa, los van de officiële website van de gemeente.',
    indexTitle: 'Demosites van gemeenten',
    indexIntro:
      'Deze fictieve sites integreren de online diensten van Communa zoals de website van een gemeente dat zou doen: één scripttag en één element, geserveerd vanaf een andere origin dan de API.',
    strictLink: 'Dezelfde pagina onder een strikt CSP',
    noCommunes: 'Er is geen demogemeente geconfigureerd.',
  },
  de: {
    skipLink: 'Zum Hauptinhalt springen',
    mainNavigation: 'Hauptnavigation',
    breadcrumb: 'Sie sind hier',
    siteLanguage: 'Sprache der Website',
    home: 'Startseite',
    onlineServices: 'Online-Dienste',
    eventsCalendar: 'Veranstaltungskalender',
    eventRequest: 'Veranstaltung beantragen',
    eventRequestIntro: (city) =>
      `Nachbarschaftsfest, Markt, Konzert, Lauf: Beantragen Sie in ${city} die Genehmigung, Ihre Veranstaltung im öffentlichen Raum zu organisieren. Melden Sie sich bei Ihrem Konto an, um einen Entwurf zu speichern und Ihren Antrag zu verfolgen.`,
    eventsIntro: (city) =>
      `Nachbarschaftsfeste, Märkte, Konzerte, Läufe: die genehmigten Veranstaltungen in ${city}, die die Gemeinde veröffentlicht. Fügen Sie sie Ihrem Kalender hinzu.`,
    holidayStages: 'Ferienangebote',
    stagesIntro: (city) =>
      `Sport, Natur, Kunst, Wissenschaft: Entdecken Sie die Ferienangebote in ${city} und melden Sie Ihre Kinder online an. Melden Sie sich zuerst in der Spalte daneben bei Ihrem Konto an.`,
    onlineForms: 'Online-Formulare',
    formsIntro: (city) =>
      `Bescheinigungen, Meldungen, Genehmigungen: Stellen Sie Ihren Antrag bei ${city} online. Für Anträge, die angemeldeten Bürgerinnen und Bürgern vorbehalten sind, melden Sie sich bei Ihrem Konto an.`,
    otherForms: 'Weitere Online-Anträge',
    openingHours: 'Öffnungszeiten',
    contact: 'Kontakt',
    intro: (city) =>
      `Ihr Kind für eine Ferienaktivität anmelden, eine Genehmigung für eine Veranstaltung beantragen, ein Dokument anfordern: Erledigen Sie Ihre Anliegen online, jederzeit und ohne Weg zur Gemeindeverwaltung ${city}.`,
    strictNotice:
      'Diese Demoseite wird mit einer strengen Content Security Policy (CSP) ausgeliefert: Inline-Skripte und -Stile sind nicht erlaubt.',
    practicalInformation: 'Praktische Informationen',
    weekdayHours: 'Montag bis Freitag: 8.30 bis 12 Uhr',
    thursdayHours: 'Donnerstag: auch 14 bis 19 Uhr',
    needHelp: 'Brauchen Sie Hilfe?',
    helpText:
      'Während der Öffnungszeiten helfen Ihnen die Mitarbeitenden am Schalter bei Ihren Online-Anträgen.',
    townHall: 'Rathaus',
    demoNotice: 'Demoseite von Communa, ohne Verbindung zur offiziellen Website der Gemeinde.',
    indexTitle: 'Demo-Websites der Gemeinden',
    indexIntro:
      'Diese fiktiven Websites binden die Online-Dienste von Communa so ein, wie es die Website einer Gemeinde täte: ein Script-Tag und ein Element, ausgeliefert von einem anderen Origin als die API.',
    strictLink: 'Dieselbe Seite unter einer strengen CSP',
    noCommunes: 'Es ist keine Demo-Gemeinde konfiguriert.',
  },
  en: {
    skipLink: 'Skip to main content',
    mainNavigation: 'Main navigation',
    breadcrumb: 'Breadcrumb',
    siteLanguage: 'Site language',
    home: 'Home',
    onlineServices: 'Online services',
    eventsCalendar: 'Events calendar',
    eventRequest: 'Request an event',
    eventRequestIntro: (city) =>
      `Neighbourhood party, market, concert, race: ask ${city} for permission to hold your event in a public space. Sign in to your account to save a draft and follow your request.`,
    eventsIntro: (city) =>
      `Neighbourhood parties, markets, concerts, races: the events allowed in ${city} that the commune publishes. Add them to your calendar.`,
    holidayStages: 'Holiday activities',
    stagesIntro: (city) =>
      `Sports, nature, arts, science: discover the holiday activities in ${city} and enrol your children online. Sign in to your account first, in the column alongside.`,
    onlineForms: 'Online forms',
    formsIntro: (city) =>
      `Certificates, reports, permits: send your request to ${city} online. Procedures for signed-in citizens ask you to sign in to your account.`,
    otherForms: 'Other online procedures',
    openingHours: 'Opening hours',
    contact: 'Contact',
    intro: (city) =>
      `Enrol a child in a holiday activity, apply for permission to hold an event, request a document: do it online, at any time, without a trip to the ${city} town hall.`,
    strictNotice:
      'This demo page is served under a strict Content Security Policy (CSP): no inline script or style is allowed.',
    practicalInformation: 'Practical information',
    weekdayHours: 'Monday to Friday: 8.30 am to noon',
    thursdayHours: 'Thursday: also 2 pm to 7 pm',
    needHelp: 'Need help?',
    helpText: 'During opening hours, counter staff help you fill in your online requests.',
    townHall: 'Town hall',
    demoNotice: "A Communa demo site, unrelated to the commune's official website.",
    indexTitle: 'Demo municipal sites',
    indexIntro:
      "These fictional sites embed Communa's online services the way a commune's website would: one script tag and one element, served from a different origin than the API.",
    strictLink: 'The same page under a strict CSP',
    noCommunes: 'No demo commune is configured.',
  },
};
