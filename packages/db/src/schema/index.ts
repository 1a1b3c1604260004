export * from './tenants/index.ts';
