import type { Transaction } from '@communa/db';
import { idempotencyKeys } from '@communa/db';
import { and, eq, lte, sql } from 'drizzle-orm';
import { ProblemError } from '../problems/problem.ts';
import { idempotencyProblems } from './errors.ts';
import { IDEMPOTENCY_TTL_MS } from './request-fingerprint.ts';

export interface IdempotencyScope {
  tenantId: string;
  userId: string;
  key: string;
  fingerprint: string;
}

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/**
 * Claims a key inside the write's own transaction. A concurrent request with the same key waits on
 * the row until the first commits, then replays its answer; if the first rolled back (a problem
 * answer writes nothing), the key is free again. An expired key is claimed afresh.
 * Returns the first answer to replay, or undefined when this request is the first.
 */
export async function claimIdempotencyKey(
  tx: Transaction,
  scope: IdempotencyScope,
  now: Date,
): Promise<StoredAnswer | undefined> {
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_MS);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({
      tenantId: scope.tenantId,
      userId: scope.userId,
      key: scope.key,
      requestHash: scope.fingerprint,
      // Filled in by saveIdempotentAnswer before the transaction commits.
      responseStatus: 0,
      responseBody: {},
      expiresAt,
    })
    .onConflictDoUpdate({
      target: [idempotencyKeys.tenantId, idempotencyKeys.userId, idempotencyKeys.key],
      set: { requestHash: scope.fingerprint, createdAt: sql`now()`, expiresAt, responseStatus: 0 },
      setWhere: lte(idempotencyKeys.expiresAt, now),
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return undefined;
  const [first] = await tx
    .select({
      requestHash: idempotencyKeys.requestHash,
      status: idempotencyKeys.responseStatus,
      body: idempotencyKeys.responseBody,
    })
    .from(idempotencyKeys)
    .where(keyOf(scope));
  if (!first) throw new Error('the idempotency key vanished');
  if (first.requestHash !== scope.fingerprint) throw new ProblemError(idempotencyProblems.keyReused);
  return { status: first.status, body: first.body };
}

/** Records the answer to replay, in the same transaction as the write. */
export async function saveIdempotentAnswer(
  tx: Transaction,
  scope: IdempotencyScope,
  answer: StoredAnswer,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ responseStatus: answer.status, responseBody: answer.body })
    .where(keyOf(scope));
}

const keyOf = (scope: IdempotencyScope) =>
  and(
    eq(idempotencyKeys.tenantId, scope.tenantId),
    eq(idempotencyKeys.userId, scope.userId),
    eq(idempotencyKeys.key, scope.key),
  );
