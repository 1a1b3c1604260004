export { invitations } from './invitations.ts';
export { members } from './members.ts';
export { organizations } from './organizations.ts';
