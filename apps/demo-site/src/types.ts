export type Language = 'fr' | 'nl' | 'de' | 'en';

/**
 * The pages of a commune's site: the online services directory, its holiday stages, its online forms,
 * its events calendar, the event permit request.
 */
export type DemoPage = 'services' | 'stages' | 'forms' | 'events' | 'event-request';

/** One of the commune's online procedures (a form of tenants/<slug>/forms/ that no event type uses). */
export interface DemoForm {
  key: string;
  titles: Partial<Record<Language, string>>;
}

/** What a demo municipal site needs to know of one commune (taken from its configuration). */
export interface DemoCommune {
  slug: string;
  names: Partial<Record<Language, string>>;
  languages: Language[];
  defaultLanguage: Language;
  colorPrimary: string;
  colorOnPrimary: string;
  postalCode: string;
  city: string;
  /** Its online procedures, each on a page of its own; none when absent. */
  forms?: readonly DemoForm[];
}

export interface DemoSiteOptions {
  /** Where browsers reach the API; the widget loader is `{apiOrigin}/widgets/v1/communa.js`. */
  apiOrigin: string;
  communes: DemoCommune[];
}
