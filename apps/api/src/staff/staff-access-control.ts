import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/organization/access';
import { STAFF_ROLES, type StaffRole } from './staff-roles.ts';

/**
 * better-auth's own check on the membership calls our staff routes make on an admin's behalf
 * (invite, change roles, remove). Our routes check their permissions first (staff-roles.ts); this
 * is the second lock. Only admins manage the staff; no role may create or delete a commune.
 */
const ac = createAccessControl(defaultStatements);

const adminRole = ac.newRole({
  invitation: ['create', 'cancel'],
  member: ['create', 'update', 'delete'],
});
const noManagement = ac.newRole({});

export const staffAccessControl = {
  ac,
  roles: Object.fromEntries(
    STAFF_ROLES.map((role) => [role, role === 'admin' ? adminRole : noManagement]),
  ) as Record<StaffRole, typeof adminRole>,
};
