export { accounts } from './accounts.ts';
export { sessions } from './sessions.ts';
export { users } from './users.ts';
export { verifications } from './verifications.ts';
