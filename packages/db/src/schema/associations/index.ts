export { associationInvitations } from './association-invitations.ts';
export { ASSOCIATION_ROLES, type AssociationRole, associationMembers } from './association-members.ts';
export { associations } from './associations.ts';
