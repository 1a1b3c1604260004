import type { Transaction } from '@communa/db';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { presentRosterEntry, presentSessionSummary } from './present-session.ts';
import { answeredDefinitions, labelledAnswers } from './roster-answers.ts';
import { sessionFor } from './session-access.ts';
import { guardiansOf, sessionAnimators, sessionEnrolments } from './session-store.ts';
import type { StaffSessionView } from './stage-staff-schemas.ts';

export type RosterFormat = 'json' | 'csv' | 'xlsx' | 'pdf';

/**
 * A session with its children (enrolled, waitlist in order, cancelled) and their answers to the
 * stage's questions, for a staff member who may see it. Reading children's data is recorded in the audit log, in the same transaction.
 */
export async function readRoster(
  tx: Transaction,
  member: StaffMember,
  sessionId: string,
  format: RosterFormat,
): Promise<StaffSessionView> {
  const tenantId = member.tenant.id;
  const session = await sessionFor(tx, member, sessionId);
  const rows = await sessionEnrolments(tx, tenantId, sessionId);
  const guardians = await guardiansOf(tx, tenantId, [...new Set(rows.map((row) => row.household.id))]);
  const definitions = await answeredDefinitions(tx, tenantId, rows);
  const languages = member.tenant.publicConfig.languages;
  const entries = rows.map((row) =>
    presentRosterEntry(row, session.firstDay, guardians, labelledAnswers(row, definitions, languages)),
  );
  const animators = await sessionAnimators(tx, tenantId, sessionId);
  await recordAuditEvent(tx, {
    tenantId,
    actorUserId: member.userId,
    actorEmail: member.email,
    action: 'stages.roster_read',
    targetType: 'stage_session',
    targetId: sessionId,
    ip: member.ip,
    detail: { format, children: entries.length },
  });
  return {
    ...presentSessionSummary(session, member.tenant),
    enrolled: entries.filter((entry) => entry.status === 'confirmed'),
    waitlist: entries.filter((entry) => entry.status === 'offered' || entry.status === 'waitlisted'),
    cancelled: entries.filter((entry) => entry.status === 'cancelled'),
    animators,
  };
}
