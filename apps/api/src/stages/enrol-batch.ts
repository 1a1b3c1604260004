import { randomUUID } from 'node:crypto';
import type { Database, Transaction } from '@communa/db';
import { violatedConstraint, withTenant } from '@communa/db';
import type { Citizen } from '../auth/require-citizen.ts';
import { householdProblems } from '../households/errors.ts';
import type { IdempotencyScope } from '../idempotency/idempotency-store.ts';
import {
  claimIdempotencyKeys,
  releaseIdempotencyKeys,
  saveIdempotentAnswers,
} from '../idempotency/idempotency-store.ts';
import type { OutgoingJob } from '../jobs/job-queue.ts';
import { nextStructuredCommunications } from '../payments/invoice-store.ts';
import type { ConfirmedSeat, InvoiceDeps } from '../payments/issue-invoice.ts';
import { paidSeats, writeInvoices } from '../payments/issue-invoice.ts';
import { ProblemError } from '../problems/problem.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { ChildDecision, EnrolledResult, Placement } from './enrolment-decision.ts';
import { decideChildren, enrolledResult, placeChildren, resultsInOrder } from './enrolment-decision.ts';
import { enrolmentMailJob } from './enrolment-mail.ts';
import { enrolmentReference } from './enrolment-reference.ts';
import type { LiveEnrolment, SeatCounts } from './enrolment-rules.ts';
import type { EnrolmentAnswer, EnrolmentInput } from './enrolment-schemas.ts';
import type { DrawnEnrolment, EnrolmentSession } from './enrolment-store.ts';
import {
  citizenHouseholds,
  findOpenableSessions,
  householdEnrolmentsInSessions,
  insertDrawnEnrolments,
  liveEnrolmentsOf,
  lockChildrenOfHouseholds,
  lockSeatCountsOf,
  REFERENCE_CONSTRAINT,
  writeSeatCountsOf,
} from './enrolment-store.ts';
import { stageProblems } from './errors.ts';
import { refusedProblem } from './refused-problem.ts';

/** One parent's enrolment request, served with others of the same commune in one transaction. */
export interface BatchRequest {
  citizen: Citizen;
  input: EnrolmentInput;
  scope: IdempotencyScope | undefined;
  /** The language of the parent's confirmation e-mail, as they asked for it. */
  mailLanguage: string | null | undefined;
  now: Date;
}

export type BatchOutcome =
  | { kind: 'enrolled'; answer: EnrolmentAnswer }
  | { kind: 'problem'; problem: ProblemError }
  /** Served on its own instead: a replayed key, a session with a draw or with questions. */
  | { kind: 'alone' };

interface Enrolling {
  index: number;
  request: BatchRequest;
  household: { id: string; resident: boolean; residencyConfirmed: boolean };
  session: EnrolmentSession;
}

interface Placed extends Enrolling {
  decisions: ChildDecision[];
  placements: Placement[];
  residencyUnconfirmed: boolean;
}

/**
 * Serves several enrolment requests of one commune in the caller's transaction, as if they came one
 * after the other in the order given: each is checked and placed by the same rules as a request
 * served alone (decideChildren, placeChildren), against the database as the requests before it in
 * the batch left it. Reads and writes are set-wide, a handful of statements whatever the number of
 * requests. A request that is refused as a whole gets its problem and writes nothing; one that needs
 * more than seats (a draw, questions) or replays a key is left to be served alone.
 */
export async function enrolBatch(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: ResolvedTenant,
  requests: readonly BatchRequest[],
  drawReference: DrawReference = enrolmentReference,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = requests.map(() => ({ kind: 'alone' }));
  const keyed = uniqueScopes(requests);
  const citizens = { citizens: unique(requests.map((request) => request.citizen.userId)) };
  const sessionIds = unique(requests.map((request) => request.input.sessionId));
  const childIds = unique(requests.flatMap((request) => request.input.childIds));
  const childCount = requests.reduce((n, request) => n + request.input.childIds.length, 0);
  // One round trip for all the reads and the locks. The four in the middle hand their statements to
  // the connection at once, in this order: the children's locks, then the sessions', each in id order
  // as a request served alone takes them, then the reads that must see what whoever held those locks
  // committed. A request then served alone (a draw, questions, a replayed key) had its rows locked
  // for nothing, which costs it nothing.
  const [claimed, households, sessions, locked, seatCounts, live, siblings, communications] =
    await Promise.all([
      claimIdempotencyKeys(tx, [...keyed.values()], requests[0]?.now ?? new Date()),
      citizenHouseholds(tx, tenant.id, citizens.citizens),
      findOpenableSessions(tx, tenant.id, sessionIds),
      lockChildrenOfHouseholds(tx, tenant.id, citizens, childIds),
      lockSeatCountsOf(tx, tenant.id, sessionIds),
      liveEnrolmentsOf(tx, tenant.id, childIds),
      householdEnrolmentsInSessions(tx, tenant.id, citizens, sessionIds),
      // One for each child asked for, so the writes need no round trip of their own: the numbers of
      // children refused or waitlisted are gaps, as a rolled back transaction leaves.
      nextStructuredCommunications(tx, childCount),
    ]);
  const enrolling: Enrolling[] = [];
  const released: IdempotencyScope[] = [];
  requests.forEach((request, index) => {
    const { scope } = request;
    if (scope && (keyed.get(scopeKey(scope)) !== scope || !claimed.has(scopeKey(scope)))) return;
    const household = households.get(request.citizen.userId);
    const session = sessions.get(request.input.sessionId);
    const problem = !household
      ? new ProblemError(householdProblems.householdRequired)
      : !session
        ? new ProblemError(stageProblems.sessionNotFound)
        : undefined;
    if (problem) outcomes[index] = { kind: 'problem', problem };
    if (!household || !session || session.allocation === 'draw' || session.questionsFormKey !== null) {
      if (scope) released.push(scope);
      return;
    }
    const resident = household.residency === 'declared_resident';
    enrolling.push({
      index,
      request,
      household: { id: household.id, resident, residencyConfirmed: household.residencyStatus !== 'declared' },
      session,
    });
  });

  const { placed, seats: seatsAfter } = placeInOrder(enrolling, {
    locked,
    seats: seatCounts,
    live,
    siblings,
  });
  for (const entry of placed) {
    if (entry.placements.length > 0) continue;
    outcomes[entry.index] = { kind: 'problem', problem: refusedProblem(resultsInOrder(entry.decisions, [])) };
    if (entry.request.scope) released.push(entry.request.scope);
  }
  const enrolled = placed.filter((entry) => entry.placements.length > 0);
  const drawn = drawEnrolments(tenant, enrolled, drawReference);

  const mails: OutgoingJob[] = [];
  const seats: ConfirmedSeat[] = [];
  const answers: { scope: IdempotencyScope; answer: { status: number; body: EnrolmentAnswer } }[] = [];
  let row = 0;
  for (const entry of enrolled) {
    const results: { firstName: string; result: EnrolledResult }[] = entry.placements.map((placement) => {
      const written = drawn[row++];
      if (!written) throw new Error('an enrolment of the batch was not drawn');
      return {
        firstName: placement.firstName,
        result: enrolledResult(placement, written, entry.residencyUnconfirmed),
      };
    });
    const answer: EnrolmentAnswer = {
      sessionId: entry.session.id,
      results: resultsInOrder(
        entry.decisions,
        results.map(({ result }) => result),
      ),
    };
    outcomes[entry.index] = { kind: 'enrolled', answer };
    const to = { email: entry.request.citizen.email, language: entry.request.mailLanguage };
    const mail = enrolmentMailJob(tenant, to, entry.session, results);
    if (mail) mails.push(mail);
    for (const { result } of results) {
      if (result.status !== 'confirmed') continue;
      seats.push({ ...result, householdId: entry.household.id, firstDay: entry.session.firstDay });
    }
    if (entry.request.scope)
      answers.push({ scope: entry.request.scope, answer: { status: 201, body: answer } });
  }
  const now = requests[0]?.now ?? new Date();
  // Every write in one round trip. The statements go out in this order (each function sends its own
  // before its first await), and the invoices' foreign keys need the enrolments written first.
  await Promise.all([
    drawn.length > 0 ? insertDrawnEnrolments(tx, drawn) : undefined,
    writeSeatCountsOf(tx, tenant.id, seatsAfter),
    releaseIdempotencyKeys(tx, tenant.id, released),
    writeInvoices(tx, deps, tenant, { seats: paidSeats(seats), communications }, now, mails),
    saveIdempotentAnswers(tx, tenant.id, answers),
  ]);
  return outcomes;
}

/** A fresh enrolment reference for a commune and a session's first day (enrolmentReference). */
export type DrawReference = (slug: string, firstDay: string) => string;

/**
 * Serves a batch (enrolBatch) in a transaction of its own. When a reference drawn for it was
 * already taken, which is rare, the transaction wrote nothing: the batch is served once more with
 * new draws.
 */
export async function serveEnrolmentBatch(
  db: Database,
  deps: InvoiceDeps,
  tenant: ResolvedTenant,
  requests: readonly BatchRequest[],
  drawReference: DrawReference = enrolmentReference,
): Promise<BatchOutcome[]> {
  const serve = () =>
    withTenant(db, tenant.id, (tx) => enrolBatch(tx, deps, tenant, requests, drawReference));
  try {
    return await serve();
  } catch (error) {
    if (violatedConstraint(error) !== REFERENCE_CONSTRAINT) throw error;
    return serve();
  }
}

/**
 * Decides and places each request in turn, carrying seats, live enrolments and siblings from one
 * request to the next, from what the batch read under its locks.
 */
function placeInOrder(
  enrolling: readonly Enrolling[],
  read: {
    locked: Awaited<ReturnType<typeof lockChildrenOfHouseholds>>;
    seats: Map<string, SeatCounts>;
    live: readonly LiveEnrolment[];
    siblings: readonly { householdId: string; sessionId: string; n: number }[];
  },
): { placed: Placed[]; seats: Map<string, SeatCounts> } {
  const { locked, seats, live, siblings } = read;
  const liveNow: LiveEnrolment[] = [...live];
  const siblingsNow = new Map<string, number>(
    siblings.map((row) => [`${row.householdId}/${row.sessionId}`, row.n]),
  );
  const placed: Placed[] = [];
  const changed = new Map<string, SeatCounts>();
  for (const entry of enrolling) {
    const { input, now } = entry.request;
    const { session, household } = entry;
    const { decisions, residencyUnconfirmed } = decideChildren(
      input,
      session,
      household,
      {
        children: locked.filter((child) => child.householdId === household.id),
        live: liveNow,
        ticketed: new Set(),
      },
      now,
    );
    const accepted = decisions.filter((decision) => decision.refusal === undefined);
    const counts = seats.get(session.id);
    if (accepted.length === 0 || !counts) {
      placed.push({ ...entry, decisions, placements: [], residencyUnconfirmed });
      continue;
    }
    const siblingKey = `${household.id}/${session.id}`;
    const { placements, counts: after } = placeChildren(accepted, counts, {
      session,
      resident: household.resident,
      allOrNone: input.allOrNone,
      siblingsBefore: siblingsNow.get(siblingKey) ?? 0,
    });
    seats.set(session.id, after);
    changed.set(session.id, after);
    siblingsNow.set(siblingKey, (siblingsNow.get(siblingKey) ?? 0) + placements.length);
    for (const placement of placements)
      liveNow.push({ ...session, childId: placement.childId, sessionId: session.id });
    placed.push({ ...entry, decisions, placements, residencyUnconfirmed });
  }
  return { placed, seats: changed };
}

/**
 * The rows of the placed children, each with a fresh id and reference (a reference carries its
 * session's year), drawn again while two of the batch share one.
 */
function drawEnrolments(
  tenant: ResolvedTenant,
  enrolled: readonly Placed[],
  drawReference: DrawReference,
): DrawnEnrolment[] {
  const references = new Set<string>();
  return enrolled.flatMap((entry) =>
    entry.placements.map((placement) => {
      let reference = drawReference(tenant.slug, entry.session.firstDay);
      while (references.has(reference)) reference = drawReference(tenant.slug, entry.session.firstDay);
      references.add(reference);
      return {
        id: randomUUID(),
        reference,
        tenantId: tenant.id,
        sessionId: entry.session.id,
        childId: placement.childId,
        householdId: entry.household.id,
        enrolledBy: entry.request.citizen.userId,
        status: placement.allocation.status,
        waitlistPosition: placement.allocation.status === 'waitlisted' ? placement.allocation.position : null,
        priceCents: placement.priceCents,
        residencyUnconfirmed: entry.residencyUnconfirmed,
      };
    }),
  );
}

/** Each user's key once: a second request under the same key waits for the first's answer, served alone. */
function uniqueScopes(requests: readonly BatchRequest[]): Map<string, IdempotencyScope> {
  const scopes = new Map<string, IdempotencyScope>();
  for (const { scope } of requests) {
    if (scope && !scopes.has(scopeKey(scope))) scopes.set(scopeKey(scope), scope);
  }
  return scopes;
}

const scopeKey = (scope: IdempotencyScope): string => `${scope.userId}/${scope.key}`;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
