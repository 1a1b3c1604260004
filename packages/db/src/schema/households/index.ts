export { childHouseholds } from './child-households.ts';
export { children } from './children.ts';
export { coParentInvitations } from './co-parent-invitations.ts';
export { householdMembers } from './household-members.ts';
export { households } from './households.ts';
