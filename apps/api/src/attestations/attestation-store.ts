import type { Transaction } from '@communa/db';
import {
  households,
  stageAttendance,
  stageEnrolments,
  stageInvoices,
  stageSessions,
  stages,
  tenants,
} from '@communa/db';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { householdColumns } from '../households/household-store.ts';
import { guardiansOf } from '../stage-staff/session-store.ts';

// Every query names the tenant as well: row-level security already confines it, this keeps the
// intent readable and the composite keys usable.

/** Who the attestation is made out to: the household's address and its guardians. */
export async function debtorOf(tx: Transaction, tenantId: string, householdId: string) {
  const [[household], guardians] = await Promise.all([
    tx
      .select(householdColumns)
      .from(households)
      .where(and(eq(households.tenantId, tenantId), eq(households.id, householdId))),
    guardiansOf(tx, tenantId, [householdId]),
  ]);
  return household ? { ...household, guardians: guardians.get(householdId) ?? [] } : undefined;
}

/**
 * The enrolments the household made for the child in sessions of that year, with the days marked
 * present and what was paid for them (invoices marked paid).
 */
export function attestedEnrolments(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childId: string,
  year: number,
) {
  return tx
    .select({
      reference: stageEnrolments.reference,
      stageTitle: stages.title,
      attendedDays: sql<string[]>`coalesce((select array_agg(a.day::text order by a.day)
        from ${stageAttendance} a where a.tenant_id = ${stageEnrolments.tenantId}
        and a.enrolment_id = ${stageEnrolments.id} and a.status = 'present'), '{}')`,
      paidCents: sql<number>`coalesce((select sum(i.amount_cents)::int from ${stageInvoices} i
        where i.tenant_id = ${stageEnrolments.tenantId} and i.enrolment_id = ${stageEnrolments.id}
        and i.status = 'paid'), 0)`,
    })
    .from(stageEnrolments)
    .innerJoin(
      stageSessions,
      and(
        eq(stageSessions.tenantId, stageEnrolments.tenantId),
        eq(stageSessions.id, stageEnrolments.sessionId),
      ),
    )
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.householdId, householdId),
        eq(stageEnrolments.childId, childId),
        lte(stageSessions.firstDay, `${year}-12-31`),
        gte(stageSessions.lastDay, `${year}-01-01`),
      ),
    )
    .orderBy(asc(stageSessions.firstDay));
}

const settingsSchema = z.object({ dailyCapCents: z.number().int(), signatory: z.string() });

/** The commune's childcare attestation settings, from its applied configuration; undefined when it issues none. */
export async function attestationSettingsOf(tx: Transaction, tenantId: string) {
  const [row] = await tx
    .select({ settings: sql<unknown>`${tenants.config} -> 'childcareAttestation'` })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  const parsed = settingsSchema.safeParse(row?.settings);
  return parsed.success ? parsed.data : undefined;
}
