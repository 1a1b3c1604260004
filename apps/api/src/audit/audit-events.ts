import type { Transaction } from '@communa/db';
import { auditEvents } from '@communa/db';
import { and, desc, eq, lt, or } from 'drizzle-orm';

export interface AuditEventInput {
  tenantId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  /** A stable dotted name, `<subject>.<what happened>`: `staff.invited`, `households.listed`… */
  action: string;
  targetType?: string | undefined;
  targetId?: string | undefined;
  ip?: string | null | undefined;
  detail?: Record<string, unknown> | undefined;
}

/** Appends one event; runs in the caller's transaction, bound to the commune, so it commits with the change. */
export async function recordAuditEvent(tx: Transaction, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({
    tenantId: event.tenantId,
    actorUserId: event.actorUserId,
    actorEmail: event.actorEmail,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ip: event.ip ?? null,
    detail: event.detail ?? null,
  });
}

export interface AuditPageCursor {
  at: Date;
  id: string;
}

/** Newest first; `before` continues after the last event of the previous page. */
export function listAuditEvents(
  tx: Transaction,
  tenantId: string,
  options: { limit: number; before?: AuditPageCursor | undefined },
) {
  const { before } = options;
  return tx
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.tenantId, tenantId),
        before
          ? or(
              lt(auditEvents.at, before.at),
              and(eq(auditEvents.at, before.at), lt(auditEvents.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(options.limit);
}

/** An opaque page cursor: the instant and id of a page's last event. */
export function encodeAuditCursor(cursor: AuditPageCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString('base64url');
}

/** undefined when the text is not a cursor this API wrote. */
export function decodeAuditCursor(text: string): AuditPageCursor | undefined {
  const [iso, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!iso || !id || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? undefined : { at, id };
}
