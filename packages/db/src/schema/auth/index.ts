export { accounts } from './accounts.ts';
export { sessions } from './sessions.ts';
export { twoFactors } from './two-factors.ts';
export { users } from './users.ts';
export { verifications } from './verifications.ts';
