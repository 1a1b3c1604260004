import type { components } from '../api/schema.d.ts';

/** Names for the API's schemas, so widget code does not spell out `components['schemas']`. */
export type PublicTenant = components['schemas']['PublicTenant'];
export type PublicService = components['schemas']['PublicService'];
export type ServiceKind = PublicService['kind'];
export type TenantTheme = components['schemas']['Theme'];
export type LocalizedText = components['schemas']['LocalizedText'];
export type Language = components['schemas']['Language'];
