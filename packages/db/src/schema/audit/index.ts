export { auditEvents } from './audit-events.ts';
