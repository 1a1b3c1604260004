import type { Transaction } from '@communa/db';
import { idempotencyKeys, insertFromJson } from '@communa/db';
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
  if ((await claimIdempotencyKeys(tx, [scope], now)).size > 0) return undefined;
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

/**
 * Claims several keys of one commune at once (each user's key at most once), for requests served
 * together. Returns the claimed ones as `<userId>/<key>`; a key not claimed was used before (or is
 * in use) and its request is to be served on its own, by claimIdempotencyKey.
 */
export async function claimIdempotencyKeys(
  tx: Transaction,
  scopes: readonly IdempotencyScope[],
  now: Date,
): Promise<Set<string>> {
  if (scopes.length === 0) return new Set();
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_MS);
  const rows = scopes.map((scope) => ({
    tenantId: scope.tenantId,
    userId: scope.userId,
    key: scope.key,
    requestHash: scope.fingerprint,
    // Filled in by saveIdempotentAnswer before the transaction commits.
    responseStatus: 0,
    responseBody: {},
    expiresAt,
  }));
  const keys = [
    'tenantId',
    'userId',
    'key',
    'requestHash',
    'responseStatus',
    'responseBody',
    'expiresAt',
  ] as const;
  const claimed = await tx.execute<{ userId: string; key: string }>(sql`
    ${insertFromJson(idempotencyKeys, keys, rows)}
    on conflict (tenant_id, user_id, key) do update
      set request_hash = excluded.request_hash, created_at = now(), expires_at = excluded.expires_at,
        response_status = 0
      where ${lte(idempotencyKeys.expiresAt, now)}
    returning user_id as "userId", key`);
  return new Set(claimed.map((row) => `${row.userId}/${row.key}`));
}

/**
 * Gives back keys claimed by claimIdempotencyKeys whose requests ended in a problem or are served
 * alone: as if their claim had rolled back, a retry is a new try.
 */
export async function releaseIdempotencyKeys(
  tx: Transaction,
  tenantId: string,
  scopes: readonly IdempotencyScope[],
): Promise<void> {
  if (scopes.length === 0) return;
  const rows = scopes.map(({ userId, key }) => ({ userId, key }));
  await tx.execute(sql`
    delete from ${idempotencyKeys}
    using jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v("userId" uuid, key text)
    where ${idempotencyKeys.tenantId} = ${tenantId} and ${idempotencyKeys.userId} = v."userId"
      and ${idempotencyKeys.key} = v.key`);
}

/** Records the answers of several claimed keys of one commune (see saveIdempotentAnswer), in one statement. */
export async function saveIdempotentAnswers(
  tx: Transaction,
  tenantId: string,
  answers: readonly { scope: IdempotencyScope; answer: StoredAnswer }[],
): Promise<void> {
  if (answers.length === 0) return;
  const rows = answers.map(({ scope, answer }) => ({
    userId: scope.userId,
    key: scope.key,
    status: answer.status,
    body: answer.body,
  }));
  await tx.execute(sql`
    update ${idempotencyKeys} set response_status = v.status, response_body = v.body
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v("userId" uuid, key text, status int, body jsonb)
    where ${idempotencyKeys.tenantId} = ${tenantId} and ${idempotencyKeys.userId} = v."userId"
      and ${idempotencyKeys.key} = v.key`);
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
