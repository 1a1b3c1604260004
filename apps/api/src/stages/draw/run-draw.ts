import type { Transaction } from '@communa/db';
import { children } from '@communa/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { issueInvoicesFor } from '../../payments/issue-invoice.ts';
import type { InvoiceTerms } from '../../payments/payment-rules.ts';
import type { ResolvedTenant } from '../../tenants/tenant-directory.ts';
import type { EnrolledResult } from '../enrolment-decision.ts';
import { pricesOf } from '../enrolment-decision.ts';
import { enqueueEnrolmentMail } from '../enrolment-mail.ts';
import { enrolmentReference } from '../enrolment-reference.ts';
import { sessionsOverlap } from '../enrolment-rules.ts';
import type { EnrolmentSession } from '../enrolment-store.ts';
import {
  householdEnrolmentsInSession,
  householdResidency,
  insertEnrolment,
  liveEnrolmentsOf,
} from '../enrolment-store.ts';
import { priceCents, weeksOf } from '../stage-rules.ts';
import { allocateDraw } from './draw-allocation.ts';
import { drawOrder } from './draw-order.ts';
import type { StageDraw } from './draw-store.ts';
import {
  addDrawnCounts,
  drawTickets,
  dueDraws,
  lockSessionSeats,
  markDrawn,
  setRanks,
} from './draw-store.ts';

export interface DrawContext {
  jobs: JobQueue;
  invoiceTerms: InvoiceTerms;
  tenant: ResolvedTenant;
  session: EnrolmentSession;
  now: Date;
}

/**
 * Runs the session's draws whose time has come, once each, in the caller's transaction: whoever gets
 * here first (a request after the draw period, or a look at the draw) draws; a concurrent caller
 * waits on the draw's row and finds it drawn.
 */
export async function runDueDraws(tx: Transaction, ctx: DrawContext): Promise<void> {
  for (const draw of await dueDraws(tx, ctx.tenant.id, ctx.session.id, ctx.now)) await runDraw(tx, ctx, draw);
}

/**
 * One draw: the tickets in the order drawOrder gives from the seed (residents first in a residents'
 * window), ranks recorded, then seats and waitlist places in that order (allocateDraw), each
 * requester's e-mail as a job, and the draw marked drawn, which reveals its seed. A child enrolled
 * meanwhile in this or an overlapping session is left out (with all-or-none, the whole ticket).
 */
async function runDraw(tx: Transaction, ctx: DrawContext, draw: StageDraw): Promise<void> {
  const { tenant, session } = ctx;
  const tickets = await drawTickets(tx, tenant.id, draw.id);
  const prioritise = session.windows[draw.windowPosition]?.for === 'residents';
  const ordered = drawOrder(draw.seed, tickets, prioritise);
  await setRanks(
    tx,
    tenant.id,
    ordered.map((ticket) => ticket.id),
  );
  const allChildren = ordered.flatMap((ticket) => ticket.childIds);
  const live = await liveEnrolmentsOf(tx, tenant.id, allChildren);
  const eligible = ordered.flatMap((ticket) => {
    const childIds = ticket.childIds.filter((childId) =>
      live.every(
        (enrolment) =>
          enrolment.childId !== childId ||
          (enrolment.sessionId !== session.id && !sessionsOverlap(enrolment, session)),
      ),
    );
    if (childIds.length === 0 || (ticket.allOrNone && childIds.length < ticket.childIds.length)) return [];
    return [{ ...ticket, childIds }];
  });
  const seats = await lockSessionSeats(tx, tenant.id, session.id);
  const allocations = allocateDraw(eligible, seats.capacity - seats.seatsTaken, seats.waitlistTaken + 1);
  const names = await firstNames(tx, tenant.id, allChildren);
  const weeks = weeksOf(session.days).length;
  const prices = pricesOf(session);
  for (const ticket of eligible) {
    const household = await householdResidency(tx, tenant.id, ticket.householdId);
    const siblingsBefore = await householdEnrolmentsInSession(tx, tenant.id, ticket.householdId, session.id);
    const resident = household.residency === 'declared_resident';
    const enrolled: { firstName: string; result: EnrolledResult }[] = [];
    for (const [index, allocation] of allocations.filter((a) => a.ticketId === ticket.id).entries()) {
      const price = priceCents(prices, {
        resident,
        socialTariff: false,
        siblingIndex: siblingsBefore + index,
        weeks,
      });
      const row = await insertEnrolment(
        tx,
        {
          tenantId: tenant.id,
          sessionId: session.id,
          childId: allocation.childId,
          householdId: ticket.householdId,
          enrolledBy: ticket.requestedBy,
          status: allocation.status,
          waitlistPosition: allocation.status === 'waitlisted' ? allocation.position : null,
          priceCents: price,
          residencyUnconfirmed: ticket.residencyUnconfirmed,
          ...ticketChildAnswers(ticket, allocation.childId),
        },
        () => enrolmentReference(tenant.slug, session.firstDay),
      );
      const common = {
        childId: allocation.childId,
        enrolmentId: row.id,
        reference: row.reference,
        priceCents: price,
        residencyUnconfirmed: ticket.residencyUnconfirmed,
      };
      enrolled.push({
        firstName: names.get(allocation.childId) ?? '',
        result:
          allocation.status === 'confirmed'
            ? { ...common, status: 'confirmed' }
            : { ...common, status: 'waitlisted', position: allocation.position },
      });
    }
    if (ticket.requester)
      await enqueueEnrolmentMail(ctx.jobs, tx, tenant, ticket.requester, session, enrolled);
    await issueInvoicesFor(
      tx,
      ctx,
      tenant,
      { householdId: ticket.householdId, firstDay: session.firstDay },
      enrolled.map(({ result }) => result),
      ctx.now,
    );
  }
  await addDrawnCounts(tx, tenant.id, session.id, {
    seats: allocations.filter((a) => a.status === 'confirmed').length,
    waitlisted: allocations.filter((a) => a.status === 'waitlisted').length,
  });
  await markDrawn(tx, draw, ctx.now);
}

async function firstNames(tx: Transaction, tenantId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: children.id, firstName: children.firstName })
    .from(children)
    .where(and(eq(children.tenantId, tenantId), inArray(children.id, [...childIds])));
  return new Map(rows.map((row) => [row.id, row.firstName]));
}

/** The child's answers kept on its ticket, as the columns of its enrolment. */
function ticketChildAnswers(
  ticket: {
    answers: Record<string, Record<string, unknown>> | null;
    answersFormKey: string | null;
    answersFormVersion: number | null;
  },
  childId: string,
) {
  const answers = ticket.answers?.[childId];
  if (answers === undefined || ticket.answersFormKey === null || ticket.answersFormVersion === null)
    return {};
  return { answers, answersFormKey: ticket.answersFormKey, answersFormVersion: ticket.answersFormVersion };
}
