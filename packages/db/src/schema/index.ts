export * from './auth/index.ts';
export * from './tenants/index.ts';
