export { createDemoSite } from './create-demo-site.ts';
export type { DemoCommune, DemoForm, DemoSiteOptions, Language } from './types.ts';
