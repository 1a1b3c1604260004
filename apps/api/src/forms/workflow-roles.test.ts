import { WORKFLOW_ROLES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../staff/staff-roles.ts';

describe('form workflow roles', () => {
  it('are the staff roles (tenant-config cannot import them, so this keeps one list)', () => {
    expect([...WORKFLOW_ROLES]).toEqual([...STAFF_ROLES]);
  });
});
