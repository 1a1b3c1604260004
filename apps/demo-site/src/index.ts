export { createDemoSite } from './create-demo-site.ts';
export type { DemoCommune, DemoSiteOptions, Language } from './types.ts';
