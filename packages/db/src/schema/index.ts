export * from './audit/index.ts';
export * from './auth/index.ts';
export * from './households/index.ts';
export * from './idempotency/index.ts';
export * from './staff/index.ts';
export * from './stage-staff/index.ts';
export * from './stages/index.ts';
export * from './tenants/index.ts';
