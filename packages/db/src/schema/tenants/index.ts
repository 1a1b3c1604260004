export { tenantServices } from './tenant-services.ts';
export { tenants } from './tenants.ts';
