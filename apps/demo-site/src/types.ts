export type Language = 'fr' | 'nl' | 'de' | 'en';

/** The pages of a commune's site: the online services directory, and its holiday stages. */
export type DemoPage = 'services' | 'stages';

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
}

export interface DemoSiteOptions {
  /** Where browsers reach the API; the widget loader is `{apiOrigin}/widgets/v1/communa.js`. */
  apiOrigin: string;
  communes: DemoCommune[];
}
